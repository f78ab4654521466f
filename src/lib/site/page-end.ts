/**
 * The id of the last element of every page's body: the site footer, or an embed's "From" line. A
 * page that holds its first paint until it is parsed (`paintWhenParsed`) names it in the head.
 */
export const PAGE_END_ID = 'page-end';
