/** The parts of Pagefind's browser API (pagefind.js) that the search page uses. */

/** A heading within a page that matched, with the text under it. */
export interface PagefindSubResult {
  /** The heading's text (the page's title for the text before its first heading). */
  title: string;
  /** The page's address with the heading's anchor, e.g. `/guidance/a/#backups`. */
  url: string;
  /** Escaped text around the matches, with <mark> around each match. */
  excerpt: string;
  /** Word positions of the matches under this heading. */
  locations: number[];
}

/** A matching page's data, which Pagefind loads only when asked (`result.data()`). */
export interface PagefindResultData {
  /** The page's address, including the base path Pagefind was given. */
  url: string;
  /** Escaped text around the matches, with <mark> around each match. */
  excerpt: string;
  /** The page's metadata; `title` is its first <h1> unless set otherwise. */
  meta: { title?: string };
  /** The headings within the page whose sections matched, in page order. */
  sub_results: PagefindSubResult[];
}

/** One matching page, with its data loaded on demand. */
export interface PagefindResult {
  /** Loads the page's data: its address, excerpt, title and sub-results. */
  data(): Promise<PagefindResultData>;
}

/** Result counts per filter value, by filter name: `{ area: { 'Subject access requests': 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What a search returns. */
export interface PagefindResponse {
  /** Every matching page, best first. */
  results: PagefindResult[];
  /** For each filter value, how many of this search's results (chosen filters applied) carry it. */
  filters: FilterCounts;
  /** For each filter value, how many results the term would have with no filters chosen. */
  totalFilters: FilterCounts;
}

/** The Pagefind module. */
export interface Pagefind {
  /** Sets options; `baseUrl` is the path result addresses start with. */
  options(options: { baseUrl: string }): Promise<void>;
  /** Loads the filter index, without which searches return no filter counts. */
  filters(): Promise<FilterCounts>;
  /** Searches for a term among pages that carry every chosen filter value. */
  search(term: string, options: { filters: Record<string, string[]> }): Promise<PagefindResponse>;
}
