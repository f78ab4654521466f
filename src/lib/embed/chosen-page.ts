import { KEBAB_ID } from '../../schemas/kebab-id.ts';

// Kept apart from reading the query (read-chosen-page.ts): every page's addresses need this, only
// the embed-code page needs that, and a shared module would ship both to every island.

/** The query parameter of the embed-code page that names the page to embed, e.g. `guidance/a`. */
export const CHOSEN_PAGE_PARAM = 'page';

/** The sections whose pages can be embedded, as they appear in addresses. */
export const EMBEDDABLE = new RegExp(`^(guidance|assessments)/${KEBAB_ID}$`);

/** The query that names a full page on the embed-code page: "/guidance/a/" -> "page=guidance/a". */
export function chosenPageQuery(fullPath: string): string {
  const value = fullPath.replace(/^\/|\/$/g, '');
  if (!EMBEDDABLE.test(value)) throw new RangeError(`not a page that can be embedded: ${fullPath}`);
  return `${CHOSEN_PAGE_PARAM}=${value}`;
}
