import type { ContentModel } from '../model.ts';
import type { Problem } from '../problem.ts';

/**
 * A published article must not point at a draft: drafts are left out of production builds, so the
 * link would be broken on the live site even though it works in `astro dev`.
 */
export function checkDraftReferences(model: ContentModel): Problem[] {
  const isDraft = (id: string) => model.articles.get(id)?.data.draft === true;
  const problems: Problem[] = [];
  for (const article of model.articles.values()) {
    if (article.data.draft) continue;
    article.data.related.forEach((id, index) => {
      if (isDraft(id))
        problems.push({
          file: article.file,
          field: `related.${index}`,
          reason: `"${id}" is a draft, so it is not published`,
        });
    });
    for (const link of article.links) {
      const target = /^\/guidance\/([^/#]+)\//.exec(link.href)?.[1];
      if (target && isDraft(target)) {
        problems.push({
          file: article.file,
          field: `line ${article.bodyStartLine + link.line - 1}`,
          reason: `links to "${target}", a draft that is not published`,
        });
      }
    }
  }
  return problems;
}
