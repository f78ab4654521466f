import type { ContentModel } from '../model.ts';
import type { Problem } from '../problem.ts';
import { describeMissingGuidance } from './guidance-target.ts';

/** Each assessment's area and every guidance link in it must exist. */
export function checkAssessmentReferences(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  for (const assessment of model.assessments.values()) {
    if (!model.areas.has(assessment.data.area)) {
      problems.push({ file: assessment.file, field: 'area', reason: `unknown area "${assessment.data.area}"` });
    }
    for (const ref of assessment.guidance) {
      const [articleId = '', headingId = ''] = ref.guidance.split('#');
      const missing = describeMissingGuidance(model, articleId, headingId);
      if (missing) problems.push({ file: ref.file, field: ref.field, reason: missing });
    }
  }
  return problems;
}
