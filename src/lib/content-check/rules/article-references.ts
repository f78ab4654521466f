import type { ContentModel } from '../model.ts';
import type { Problem } from '../problem.ts';

/** Each article's area, related articles and assessments must exist; it is never its own related. */
export function checkArticleReferences(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  for (const article of model.articles.values()) {
    const { file, data } = article;
    if (!model.areas.has(data.area)) {
      problems.push({
        file,
        field: 'area',
        reason: `unknown area "${data.area}" (no content/areas/${data.area}.yaml)`,
      });
    }
    data.related.forEach((id, index) => {
      if (id === article.id)
        problems.push({ file, field: `related.${index}`, reason: 'an article cannot be related to itself' });
      else if (!model.articleFiles.has(id))
        problems.push({ file, field: `related.${index}`, reason: `unknown article "${id}"` });
    });
    data.assessments.forEach((id, index) => {
      if (!model.assessments.has(id))
        problems.push({ file, field: `assessments.${index}`, reason: `unknown assessment "${id}"` });
    });
  }
  return problems;
}
