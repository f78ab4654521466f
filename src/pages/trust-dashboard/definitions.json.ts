import type { APIRoute } from 'astro';
import { getAssessments } from '../../collections';

// Every assessment's definition, which the trust dashboard fetches with its reader when the first
// file is chosen: as island props they made the page's HTML 110 KB heavier and were parsed at load.
export const GET: APIRoute = async () => {
  const assessments = await getAssessments();
  const definitions = Object.fromEntries(assessments.map((assessment) => [assessment.id, assessment.data]));
  return new Response(JSON.stringify(definitions), { headers: { 'Content-Type': 'application/json' } });
};
