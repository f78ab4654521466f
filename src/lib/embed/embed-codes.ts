import { buildEmbedSnippet, buildPlainIframe, CARD_HEIGHT } from './snippet';

/** The three codes a trust can copy for one page, from the most to the least widely accepted. */
export interface EmbedCodes {
  /** The card: title, summary and a button, in a fixed-height frame with no script. */
  card: string;
  /** The whole page in a frame, plus embed.js, which fits the frame to its content. */
  withScript: string;
  /** The whole page in a frame of fixed height, for hosts that strip scripts. */
  plain: string;
}

/** What the codes are built from. */
export interface EmbedCodesOptions {
  /** The site's address: its origin, plus the sub-folder it is served from, if any. */
  siteUrl: string;
  /** The full page by its path within the site, e.g. `/guidance/a/`. */
  fullPath: string;
  /** The full page's title, which names the frames for screen readers. */
  title: string;
  /** The frame's height when embed.js is not there to fit it. */
  height: number;
}

/**
 * Every embed code of one page. The embed-code page builds them in the browser for the page it is
 * asked about, and at build time with placeholders, so that it also works without JavaScript.
 */
export function buildEmbedCodes({ siteUrl, fullPath, title, height }: EmbedCodesOptions): EmbedCodes {
  const frame = { siteUrl, path: `/embed${fullPath}`, title, height };
  return {
    card: buildPlainIframe({ ...frame, path: `/embed/card${fullPath}`, height: CARD_HEIGHT }),
    withScript: buildEmbedSnippet(frame),
    plain: buildPlainIframe(frame),
  };
}
