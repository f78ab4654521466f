import type { GetStaticPaths } from 'astro';
import { getAssessments } from '../../../collections';
import { oembedRoute } from '../_oembed-route';

export const getStaticPaths = (async () =>
  (await getAssessments()).map((assessment) => ({ params: { id: assessment.id }, props: { title: assessment.data.title } }))) satisfies GetStaticPaths;

export const GET = oembedRoute('assessments');
