/**
 * An article's embed copy, written from its rendered page instead of rendering the article again.
 *
 * The copy is the article's own page with the frame of a copy Astro rendered (EmbedLayout) around
 * its article element. The head stays the page's own, because its CSP hashes and inline styles are
 * the page's; only the few things Head.astro writes differently for an embed change (`embedHead`).
 * The build checks the result against a copy Astro rendered (src/integrations/article-embeds.ts).
 */

import { elementAt, findTag, required, splice } from './find-in-html.ts';
import { markTitles, siteSuffix } from './marked-title.ts';

/** What EmbedLayout adds to a page's title (and to its `og:title`). */
const EMBED_TITLE_SUFFIX = ' (embedded)';

/** The parts of an Astro-rendered embed copy that every article's copy shares. */
export interface EmbedFrame {
  /** The doctype and the `<html>` start tag, with the embed class. */
  documentStart: string;
  /** What the site adds to every title after the page's own, e.g. " | Site". */
  siteSuffix: string;
  /** The body's start tag through the main element's start tag: the embed root. */
  bodyStart: string;
  /** From the main element's end tag to the end of the document: the "From" line and the embed script. */
  bodyEnd: string;
  /** The address of the pattern's full page, as the "From" line links to it. */
  fullPageHref: string;
}

const ROBOTS_NOINDEX = '<meta name="robots" content="noindex">';
const BASE_NEW_TAB = '<base target="_blank">';

/** Reads the frame from an embed copy Astro rendered, whose full page is at `fullPageHref`. */
export function readEmbedFrame(copy: string, fullPageHref: string): EmbedFrame {
  const main = findTag(copy, /<main[\s>][^>]*>/, 0, '<main> in the pattern');
  return {
    documentStart: copy.slice(0, required(copy.indexOf('<head>'), '<head> in the pattern')),
    siteSuffix: siteSuffix(copy, EMBED_TITLE_SUFFIX),
    bodyStart: copy.slice(required(copy.indexOf('<body'), '<body> in the pattern'), main.end),
    bodyEnd: copy.slice(required(copy.lastIndexOf('</main>'), '</main> in the pattern')),
    fullPageHref,
  };
}

/**
 * A full page's head as its embed copy has it: the title and `og:title` marked as embedded, kept
 * out of search engines, no oEmbed link (the copy is what that link describes), and links opening
 * in a new tab so that a click never navigates the host's frame away.
 */
export function embedHead(head: string, suffix: string): string {
  const marked = markTitles(head, EMBED_TITLE_SUFFIX, suffix);
  const canonical = findTag(marked, /<link rel="canonical" href="[^"]*">/, 0, 'canonical link');
  const indexed = splice(marked, { start: canonical.end, end: canonical.end }, ROBOTS_NOINDEX);
  const unlinked = indexed.replace(
    /<link rel="alternate" type="application\/json\+oembed" href="[^"]*" title="[^"]*">/,
    '',
  );
  const ogUrl = findTag(unlinked, /<meta property="og:url" content="[^"]*">/, 0, 'og:url');
  return splice(unlinked, { start: ogUrl.end, end: ogUrl.end }, BASE_NEW_TAB);
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
    embedHead(page.slice(headStart, headEnd), frame.siteSuffix) +
    frame.bodyStart +
    unindexed +
    frame.bodyEnd.replaceAll(`href="${frame.fullPageHref}"`, `href="${fullPageHref}"`)
  );
}
