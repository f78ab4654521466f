import { isRecord } from '../json/record';
import { CHOSEN_PAGE_PARAM, EMBEDDABLE } from './chosen-page';

/** What the embed-code page's address asks for: nothing, a page, or something it cannot read. */
export type ChosenPage = { kind: 'none' } | { kind: 'page'; fullPath: string } | { kind: 'invalid'; message: string };

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
