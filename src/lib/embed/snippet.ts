import { MAX_EMBED_HEIGHT } from './message.ts';

/** The frame's width where a host strips its style (WordPress does): whole pixels, as HTML requires. */
export const EMBED_WIDTH = 640;

/** The height of a card embed: title, one-line summary and a button, with room for a long title. */
export const CARD_HEIGHT = 240;

/** What a snippet needs: where the site lives, which embed page, and how the frame is labelled. */
export interface EmbedSnippetOptions {
  /** The site's address: its origin, plus the sub-folder it is served from, if any. */
  siteUrl: string;
  /** The embed page's path within the site, starting `/embed/`, e.g. `/embed/guidance/a/`. */
  path: string;
  /** The iframe's accessible name, usually the page title. */
  title: string;
  /** Height in pixels for when embed.js is not there to resize the frame. */
  height: number;
}

/** The iframe plus the resizing script: what a trust pastes into a page it controls. */
export function buildEmbedSnippet(options: EmbedSnippetOptions): string {
  const script = `<script src="${escapeAttribute(`${readSiteRoot(options.siteUrl)}embed.js`)}" async></script>`;
  return `${buildPlainIframe(options)}\n${script}`;
}

/** The iframe alone, for hosts that strip scripts (SharePoint, Google Sites): fixed height. */
export function buildPlainIframe({ siteUrl, path, title, height }: EmbedSnippetOptions): string {
  // The full width is set in style because the width attribute takes only pixels ("100%" is invalid
  // HTML); the attribute is for hosts that strip styles.
  // embed.js resizes only frames under /embed/, so a snippet pointing anywhere else would silently
  // never resize: fail here instead.
  if (!path.startsWith('/embed/')) throw new RangeError(`embed path must start with /embed/: ${path}`);
  if (title.trim() === '') throw new RangeError('an embedded frame needs a title for screen readers');
  if (!Number.isInteger(height) || height <= 0 || height > MAX_EMBED_HEIGHT) {
    throw new RangeError(`embed height must be a whole number from 1 to ${MAX_EMBED_HEIGHT}: ${height}`);
  }
  const src = `${readSiteRoot(siteUrl)}${path.slice(1)}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${EMBED_WIDTH}" ` +
    `height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`
  );
}

/**
 * The site's address, ending in "/". It must be plain http(s) with no query or fragment, because
 * embed.js finds the site's embed pages next to itself, under `embed/`.
 */
function readSiteRoot(siteUrl: string): string {
  const url = new URL(siteUrl);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new RangeError(`site URL must be a plain http(s) address: ${siteUrl}`);
  }
  return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}

/** Escapes a value for a double-quoted HTML attribute (single quotes too, in case it is re-quoted). */
function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
