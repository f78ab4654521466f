import { parseExcerpt, type ExcerptPart } from './excerpt';
import type { PagefindResultData, PagefindSubResult } from './pagefind-api';

/** How many headings within a page a result lists, as Pagefind's own UI does. */
export const MAX_SECTIONS = 3;

/** A link with the matching text beside it. */
export interface ResultLink {
  /** Where the link goes. */
  url: string;
  /** The link's text. */
  title: string;
  /** The matching text, split into runs so that it is built from text nodes, not HTML. */
  excerpt: ExcerptPart[];
}

/** A matching page as the search page shows it. */
export interface ResultView extends ResultLink {
  /** The headings within the page that matched, linked to their anchors, at most MAX_SECTIONS. */
  sections: ResultLink[];
}

// A sub-result without an anchor is the text before the page's first heading: the page itself.
function isHeading(sub: PagefindSubResult, pageUrl: string): boolean {
  return sub.url !== pageUrl && sub.url.includes('#');
}

/**
 * Turns Pagefind's data for one page into what the page shows: its title, excerpt and the headings
 * with the most matches (in page order, so they read as the page does).
 */
export function toResultView(data: PagefindResultData): ResultView {
  const headings = data.sub_results.filter((sub) => isHeading(sub, data.url));
  const best = new Set([...headings].sort((a, b) => b.locations.length - a.locations.length).slice(0, MAX_SECTIONS));
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: parseExcerpt(data.excerpt),
    sections: headings
      .filter((sub) => best.has(sub))
      .map((sub) => ({ url: sub.url, title: sub.title, excerpt: parseExcerpt(sub.excerpt) })),
  };
}
