/** Marks a <form> whose questions are the page's content, to be found by search. */
export const INDEXED_FORM_ATTRIBUTE = 'data-search-content';

const MARKED_FORM = new RegExp(`<form(\\s[^>]*\\b${INDEXED_FORM_ATTRIBUTE}\\b[^>]*)>([\\s\\S]*?)</form>`, 'gi');

/**
 * The page as the search index should read it. Pagefind skips everything inside a <form>, even
 * under `data-pagefind-body`: its parser marks any `form` element ignored after reading the body
 * flag. An assessment's questions are its content, so the indexer is given a copy in which each
 * marked form is a `data-pagefind-body` <div> (headings inside keep their ids, for sub-results);
 * the page people load keeps its form. Forms cannot nest in HTML, so a marked form ends at the
 * next </form>.
 */
export function indexableHtml(html: string): string {
  return html.replace(MARKED_FORM, '<div data-pagefind-body$1>$2</div>');
}
