import type { ContentModel } from '../content-check/model.ts';

/**
 * The date each article was last reviewed, by its page path ("/guidance/<id>/"): the sitemap's
 * `lastmod`, so search engines see a re-reviewed article as updated. Taken from the content the
 * content check has loaded and validated, rather than parsing every front matter a second time;
 * an article whose front matter fails its schema is left out (and the check stops the build).
 */
export function reviewDatesByPath(model: Pick<ContentModel, 'articles'>): Map<string, string> {
  return new Map([...model.articles.values()].map(({ id, data }) => [`/guidance/${id}/`, data.reviewed]));
}
