/** A file or folder at the top of the built site. */
export interface OutputEntry {
  name: string;
  directory: boolean;
}

/**
 * Top-level folders that hold no page for the search index: embeds and embed codes are copies of
 * pages that are indexed already, oEmbed files are JSON, and pagefind/ is the index itself.
 */
export const UNSEARCHED_FOLDERS: ReadonlySet<string> = new Set(['embed', 'embed-this', 'oembed', 'pagefind', '_astro']);

/**
 * Top-level folders whose pages hold their content in a form (the assessments' questions), which
 * Pagefind would skip: the search integration gives it these pages one by one, through
 * `indexableHtml` (./form-content.ts), so they are left out of the glob.
 */
export const FORM_PAGE_FOLDERS: ReadonlySet<string> = new Set(['assessments']);

/**
 * The glob of HTML files Pagefind should read: every HTML file except those in the folders above.
 * Pagefind's globs have no "except", so the folders to read are listed instead. Reading only these
 * matters because Pagefind parses every file it is given, even one without `data-pagefind-body`.
 */
export function searchIndexGlob(entries: readonly OutputEntry[]): string {
  const parts = entries.flatMap(({ name, directory }) => {
    if (directory) return UNSEARCHED_FOLDERS.has(name) || FORM_PAGE_FOLDERS.has(name) ? [] : [`${name}/**/*.html`];
    return name.endsWith('.html') ? [name] : [];
  });
  return `{${[...parts].sort().join(',')}}`;
}
