/** How many results a page of results adds when "Show more results" is pressed. */
export const PAGE_SIZE = 20;

/**
 * The status line over the results: how many there are for the term and, while only some are
 * listed, how many of them are.
 */
export function resultCountText(term: string, total: number, shown: number): string {
  if (total === 0) return `No results for “${term}”.`;
  const count = `${total} result${total === 1 ? '' : 's'} for “${term}”.`;
  return shown < total ? `${count} Showing the first ${shown}.` : count;
}
