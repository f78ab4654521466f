import { findTag, findTitle, splice } from './find-in-html.ts';

/** og:title's start tag up to the end of its content, where a mark is added. */
const OG_TITLE_CONTENT = /<meta property="og:title" content="[^"]*/;

/**
 * What the site adds to every title after the page's own, read from a page Astro rendered with
 * `mark` after its own title: "AI tools (card) | Site", marked " (card)", gives " | Site".
 */
export function siteSuffix(rendered: string, mark: string): string {
  const title = findTitle(rendered);
  const text = rendered.slice(title.start, title.end);
  const at = text.lastIndexOf(mark);
  if (at === -1) throw new Error(`the pattern's title has no "${mark.trim()}"`);
  return text.slice(at + mark.length);
}

/** A page's own title as its `<title>` writes it (escaped), before the site's `suffix`. */
export function ownTitle(html: string, suffix: string): string {
  const title = findTitle(html);
  const text = html.slice(title.start, title.end);
  if (!text.endsWith(suffix)) throw new Error(`the title does not end with "${suffix}"`);
  return text.slice(0, text.length - suffix.length);
}

/** `html` with `mark` after its own title in `<title>` and `og:title`: "T | Site" becomes "T (card) | Site". */
export function markTitles(html: string, mark: string, suffix: string): string {
  const marked = splice(html, findTitle(html), ownTitle(html, suffix) + mark + suffix);
  const ogTitle = findTag(marked, OG_TITLE_CONTENT, 0, 'og:title');
  return splice(marked, { start: ogTitle.end, end: ogTitle.end }, mark);
}
