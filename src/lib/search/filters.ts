/** Checked filter boxes, grouped by filter name, in Pagefind's filter format. */
export function collectFilters(checked: Iterable<{ name: string; value: string }>): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const { name, value } of checked) (filters[name] ??= []).push(value);
  return filters;
}
