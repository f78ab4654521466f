import type { ContentModel } from '../model.ts';

/** Says what is missing when `<article>#<heading>` does not resolve; null when it does. */
export function describeMissingGuidance(model: ContentModel, articleId: string, headingId: string): string | null {
  const article = model.articleFiles.get(articleId);
  if (!article) return `links to unknown article "${articleId}"`;
  // Headings of a body that is not valid MDX are unknown; that file's own problem is reported.
  if (headingId && article.headings && !article.headings.includes(headingId)) {
    return `links to heading "#${headingId}", which ${article.file} does not have (it has: ${article.headings.join(', ')})`;
  }
  return null;
}
