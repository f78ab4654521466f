import { MAX_EMBED_HEIGHT } from './message';

/** What a snippet needs: where the site lives, which embed page, and how the frame is labelled. */
export interface EmbedSnippetOptions {
  /** The site's origin, e.g. `https://bestpractice.schools.example` (a trailing slash is fine). */
  siteUrl: string;
  /** The embed page's path, starting `/embed/`, e.g. `/embed/guidance/using-whatsapp-in-schools/`. */
  path: string;
  /** The iframe's accessible name, usually the page title. */
  title: string;
  /** Height in pixels for when embed.js is not there to resize the frame. */
  height: number;
}

/** The iframe plus the resizing script: what a trust pastes into a page it controls. */
export function buildEmbedSnippet(options: EmbedSnippetOptions): string {
  const script = `<script src="${escapeAttribute(`${readOrigin(options.siteUrl)}/embed.js`)}" async></script>`;
  return `${buildPlainIframe(options)}\n${script}`;
}

/** The iframe alone, for hosts that strip scripts (SharePoint, Google Sites): fixed height. */
export function buildPlainIframe({ siteUrl, path, title, height }: EmbedSnippetOptions): string {
  // The width is set in style because the width attribute takes only pixels ("100%" is invalid HTML).
  // embed.js resizes only frames under /embed/, so a snippet pointing anywhere else would silently
  // never resize: fail here instead.
  if (!path.startsWith('/embed/')) throw new RangeError(`embed path must start with /embed/: ${path}`);
  if (title.trim() === '') throw new RangeError('an embedded frame needs a title for screen readers');
  if (!Number.isInteger(height) || height <= 0 || height > MAX_EMBED_HEIGHT) {
    throw new RangeError(`embed height must be a whole number from 1 to ${MAX_EMBED_HEIGHT}: ${height}`);
  }
  const src = `${readOrigin(siteUrl)}${path}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`
  );
}

/**
 * The origin of the site URL. It must be a bare http(s) origin because embed.js identifies the
 * site by origin and expects embed pages at `/embed/` directly under it.
 */
function readOrigin(siteUrl: string): string {
  const url = new URL(siteUrl);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash) {
    throw new RangeError(`site URL must be an http(s) origin with no path: ${siteUrl}`);
  }
  return url.origin;
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
