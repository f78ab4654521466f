import type { ContentModel } from '../model.ts';
import type { Problem } from '../problem.ts';
import { describeMissingGuidance } from './guidance-target.ts';

/** Pages that exist whatever the content; collection pages are checked against the model. */
export const STATIC_PATHS = new Set([
  '/',
  '/updates/',
  '/search/',
  '/privacy/',
  '/accessibility/',
  '/trust-dashboard/',
  '/tools/subject-access-deadline/',
  '/rss.xml',
]);

function describeMissingPath(model: ContentModel, href: string): string | null {
  const [path = '', fragment = ''] = href.split('#');
  const route = /^\/(guidance|areas|assessments)\/([^/]+)\/$/.exec(path);
  if (!route) return STATIC_PATHS.has(path) ? null : `links to "${href}", which is not a page on this site`;
  const [, section, id = ''] = route;
  if (section === 'guidance') return describeMissingGuidance(model, id, fragment);
  const known = section === 'areas' ? model.areas.has(id) : model.assessments.has(id);
  return known ? null : `links to unknown ${section === 'areas' ? 'area' : 'assessment'} "${id}"`;
}

/** Every link from an article to another page of this site, and any #heading, must resolve. */
export function checkInternalLinks(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  for (const article of model.articleFiles.values()) {
    for (const link of article.links) {
      const missing = describeMissingPath(model, link.href);
      if (missing)
        problems.push({ file: article.file, field: `line ${article.bodyStartLine + link.line - 1}`, reason: missing });
    }
  }
  return problems;
}
