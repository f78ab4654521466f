import type { ContentModel } from '../model.ts';
import type { Problem } from '../problem.ts';

/**
 * Guidance and assessments point at each other: an article that a question cites lists that
 * assessment in `assessments`, so a reader of the article finds the questions it answers.
 */
export function checkCitedAssessments(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  for (const [assessmentId, assessment] of model.assessments) {
    const cited = new Set(assessment.guidance.map((ref) => ref.guidance.split('#')[0] ?? ''));
    for (const articleId of cited) {
      const article = model.articles.get(articleId);
      // A missing article is reported by the guidance rule; a draft is not read by anyone yet.
      if (!article || article.data.draft || article.data.assessments.includes(assessmentId)) continue;
      problems.push({
        file: article.file,
        field: 'assessments',
        reason: `must include "${assessmentId}", whose questions cite this article`,
      });
    }
  }
  return problems;
}
