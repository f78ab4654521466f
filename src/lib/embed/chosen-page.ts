import { KEBAB_ID } from '../../schemas/kebab-id';
import { isRecord } from '../json/record';

/** The query parameter of the embed-code page that names the page to embed, e.g. `guidance/a`. */
export const CHOSEN_PAGE_PARAM = 'page';

/** The sections whose pages can be embedded, as they appear in addresses. */
const EMBEDDABLE = new RegExp(`^(guidance|assessments)/${KEBAB_ID}$`);

/** What the embed-code page's address asks for: nothing, a page, or something it cannot read. */
export type ChosenPage = { kind: 'none' } | { kind: 'page'; fullPath: string } | { kind: 'invalid'; message: string };

/** The query that names a full page on the embed-code page: "/guidance/a/" -> "page=guidance/a". */
export function chosenPageQuery(fullPath: string): string {
  const value = fullPath.replace(/^\/|\/$/g, '');
  if (!EMBEDDABLE.test(value)) throw new RangeError(`not a page that can be embedded: ${fullPath}`);
  return `${CHOSEN_PAGE_PARAM}=${value}`;
}

/** The full page an embed-code address names (the inverse of `chosenPageQuery`), from its query string. */
export function readChosenPage(search: string): ChosenPage {
  const value = new URLSearchParams(search)
    .get(CHOSEN_PAGE_PARAM)
    ?.trim()
    .replace(/^\/|\/$/g, '');
  if (value === undefined || value === '') return { kind: 'none' };
  if (!EMBEDDABLE.test(value)) {
    return {
      kind: 'invalid',
      message: `“${value.slice(0, 100)}” is not a page that can be embedded. Use the “Embed this” link at the foot of the guidance or self-assessment you want to show.`,
    };
  }
  return { kind: 'page', fullPath: `/${value}/` };
}

/** The title in a page's oEmbed file, or null when the file is not one this site writes. */
export function readOembedTitle(oembed: unknown): string | null {
  if (!isRecord(oembed) || oembed.version !== '1.0' || typeof oembed.title !== 'string') return null;
  const title = oembed.title.trim();
  return title === '' ? null : title;
}
