/**
 * An article's embed copy, written from its rendered page instead of rendering the article again.
 *
 * Astro renders one article's embed copy with EmbedLayout: the pattern. Every other copy is the
 * article's own page with the pattern's frame around its article element. The head stays the
 * page's own, because its CSP hashes and inline styles are the page's; only the few things
 * Head.astro writes differently for an embed change (`embedHead`). A site test checks the result
 * byte for byte against copies Astro renders, so a change to either layout that this does not
 * follow fails there.
 */

/** What EmbedLayout adds to a page's title (and to its `og:title`). */
export const EMBED_TITLE_SUFFIX = ' (embedded)';

/** The parts of an Astro-rendered embed copy that every article's copy shares. */
export interface EmbedFrame {
  /** The doctype and the `<html>` start tag, with the embed class. */
  documentStart: string;
  /** The title's end as the embed copy has it: the suffix, then the site name, e.g. " (embedded) | Site". */
  titleEnd: string;
  /** The body's start tag through the main element's start tag: the embed root. */
  bodyStart: string;
  /** From the main element's end tag to the end of the document: the "From" line and the embed script. */
  bodyEnd: string;
  /** The address of the pattern's full page, as the "From" line links to it. */
  fullPageHref: string;
}

const ROBOTS_NOINDEX = '<meta name="robots" content="noindex">';
const BASE_NEW_TAB = '<base target="_blank">';

function required(found: number, what: string): number {
  if (found === -1) throw new Error(`no ${what} was found`);
  return found;
}

/** Where the first tag matched by `tag` starts and ends, searching from `from`. */
function findTag(html: string, tag: RegExp, from: number, what: string): { start: number; end: number } {
  const pattern = new RegExp(tag.source, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) throw new Error(`no ${what} was found`);
  return { start: match.index, end: match.index + match[0].length };
}

/** The element `<name …>…</name>` that starts at `start`, with any of the same name nested inside it. */
function elementAt(html: string, start: number, name: string): string {
  const tags = new RegExp(`<(/?)${name}[\\s>]`, 'g');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', match.index) + 1);
  }
  throw new Error(`the <${name}> element is not closed`);
}

function titleText(html: string): { start: number; end: number } {
  const open = findTag(html, /<title>/, 0, '<title>');
  return { start: open.end, end: required(html.indexOf('</title>', open.end), '</title>') };
}

/** Reads the frame from an embed copy Astro rendered, whose full page is at `fullPageHref`. */
export function readEmbedFrame(copy: string, fullPageHref: string): EmbedFrame {
  const title = titleText(copy);
  const main = findTag(copy, /<main[\s>][^>]*>/, 0, '<main> in the pattern');
  const mainEnd = required(copy.lastIndexOf('</main>'), '</main> in the pattern');
  return {
    documentStart: copy.slice(0, required(copy.indexOf('<head>'), '<head> in the pattern')),
    titleEnd: copy.slice(
      required(copy.lastIndexOf(EMBED_TITLE_SUFFIX, title.end), 'embed title suffix in the pattern'),
      title.end,
    ),
    bodyStart: copy.slice(required(copy.indexOf('<body'), '<body> in the pattern'), main.end),
    bodyEnd: copy.slice(mainEnd),
    fullPageHref,
  };
}

/**
 * A full page's head as its embed copy has it: the title and `og:title` marked as embedded, kept
 * out of search engines, no oEmbed link (the copy is what that link describes), and links opening
 * in a new tab so that a click never navigates the host's frame away.
 */
export function embedHead(head: string, titleEnd: string): string {
  const siteSuffix = titleEnd.slice(EMBED_TITLE_SUFFIX.length);
  const title = titleText(head);
  const text = head.slice(title.start, title.end);
  if (!text.endsWith(siteSuffix)) throw new Error(`the title does not end with "${siteSuffix}"`);
  let edited =
    head.slice(0, title.start) + text.slice(0, text.length - siteSuffix.length) + titleEnd + head.slice(title.end);

  const canonical = findTag(edited, /<link rel="canonical"[^>]*>/, 0, 'canonical link');
  edited = edited.slice(0, canonical.end) + ROBOTS_NOINDEX + edited.slice(canonical.end);

  const ogTitle = findTag(edited, /<meta property="og:title" content="[^"]*/, 0, 'og:title');
  edited = edited.slice(0, ogTitle.end) + EMBED_TITLE_SUFFIX + edited.slice(ogTitle.end);

  edited = edited.replace(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/, '');
  const ogUrl = findTag(edited, /<meta property="og:url"[^>]*>/, 0, 'og:url');
  return edited.slice(0, ogUrl.end) + BASE_NEW_TAB + edited.slice(ogUrl.end);
}

/** The embed copy of a rendered article page at `fullPageHref`, in the frame of the pattern. */
export function embedCopy(page: string, frame: EmbedFrame, fullPageHref: string): string {
  const headStart = required(page.indexOf('<head>'), '<head>');
  const headEnd = required(page.indexOf('</head>'), '</head>') + '</head>'.length;
  const main = findTag(page, /<main[\s>][^>]*>/, headEnd, '<main>');
  const article = elementAt(page, required(page.indexOf('<article', main.end), '<article> in <main>'), 'article');
  // Search indexes the full page only.
  const unindexed = article.replace(/^(<article\b[^>]*?) data-pagefind-body(?:="")?(?=[\s>])/, '$1');
  return (
    frame.documentStart +
    embedHead(page.slice(headStart, headEnd), frame.titleEnd) +
    frame.bodyStart +
    unindexed +
    frame.bodyEnd.replaceAll(`href="${frame.fullPageHref}"`, `href="${fullPageHref}"`)
  );
}

/** Islands' `uid` attributes, which Astro draws at random for every render. */
const ISLAND_UID = / uid="[^"]*"/g;

/**
 * Where a copy written from a page first differs from the copy Astro rendered of the same page,
 * islands' random ids aside, or null when they are the same. The build compares the pattern so:
 * a layout change this transform does not follow stops the build instead of shipping.
 */
export function firstDifference(written: string, rendered: string): string | null {
  const [a, b] = [written.replace(ISLAND_UID, ''), rendered.replace(ISLAND_UID, '')];
  if (a === b) return null;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  return `at character ${at}, the written copy has ${around(a)} where Astro rendered ${around(b)}`;
}
