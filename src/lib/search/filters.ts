import type { FilterCounts } from './pagefind-api';

/** Checked filter boxes, grouped by filter name, in Pagefind's filter format. */
export function collectFilters(checked: Iterable<{ name: string; value: string }>): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const { name, value } of checked) (filters[name] ??= []).push(value);
  return filters;
}

/**
 * The count shown beside a filter value: how many of the current results carry it, so how many
 * there would be with it ticked too (Pagefind's `filters`; a value no result carries is missing,
 * so 0). Empty before any search, when there is nothing to count.
 */
export function filterCountText(counts: FilterCounts | undefined, name: string, value: string): string {
  if (!counts) return '';
  return `(${counts[name]?.[value] ?? 0})`;
}
