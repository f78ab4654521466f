/**
 * The style element Astro writes before a page's first island (astro/runtime/server/scripts.js).
 * It lands in the body, where a <style> element is not valid HTML; the CSP hash Astro lists for it
 * stays valid wherever it sits.
 */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page with Astro's island style moved from the body to the end of the head; other pages unchanged. */
export function hoistIslandStyle(html: string): string {
  const at = html.indexOf(ISLAND_STYLE);
  const headEnd = html.indexOf('</head>');
  if (at === -1 || headEnd === -1 || at < headEnd) return html;
  const without = html.slice(0, at) + html.slice(at + ISLAND_STYLE.length);
  return without.slice(0, headEnd) + ISLAND_STYLE + without.slice(headEnd);
}
