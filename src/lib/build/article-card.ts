import { findText, findTitle, splice, swapTag } from './find-in-html.ts';
import { markTitles, ownTitle, siteSuffix } from './marked-title.ts';

/**
 * An article's card (`/embed/card/guidance/<id>/`), written from its rendered page instead of
 * rendering a page per article. Astro renders the first article's card: the pattern. Every
 * other card is the pattern with the article's own title, summary, address and head tags, taken
 * from its page as Astro escaped them there. The CSP meta, styles and script stay the pattern's:
 * they are the same on every card.
 */

/** What the card page adds to a page's title (and to its `og:title`). */
const CARD_TITLE_SUFFIX = ' (card)';

/** The head tags a card shares with its full page, unmarked. */
const HEAD_TAGS_FROM_PAGE: readonly (readonly [RegExp, string])[] = [
  [/<meta name="description" content="[^"]*">/, 'description'],
  [/<link rel="canonical" href="[^"]*">/, 'canonical link'],
  [/<meta property="og:title" content="[^"]*">/, 'og:title'],
  [/<meta property="og:description" content="[^"]*">/, 'og:description'],
  [/<meta property="og:url" content="[^"]*">/, 'og:url'],
];

/** A card Astro rendered, and the address of the article page it shows. */
export interface CardPattern {
  /** The card page as built. */
  html: string;
  /** Its full page's address, as its button links to it. */
  fullPageHref: string;
}

/** The card of the article whose built page is `page`, at `fullPageHref`, in the markup of `pattern`. */
export function articleCard(page: string, pattern: CardPattern, fullPageHref: string): string {
  const suffix = siteSuffix(pattern.html, CARD_TITLE_SUFFIX);
  const title = ownTitle(page, suffix);
  const head = HEAD_TAGS_FROM_PAGE.reduce((html, [tag, what]) => swapTag(html, page, tag, what), pattern.html);
  const titled = markTitles(splice(head, findTitle(head), title + suffix), CARD_TITLE_SUFFIX, suffix);
  const headed = splice(titled, findText(titled, /<h1>/, 'h1', '<h1> in the card'), title);
  // The page's lead paragraph is its summary (ArticleHeader), escaped as the card's is.
  const summary = findText(page, /<p class="lead">/, 'p', 'summary (<p class="lead">) in the page');
  const summarised = splice(
    headed,
    findText(headed, /<p class="embed-card-summary">/, 'p', 'summary in the card'),
    page.slice(summary.start, summary.end),
  );
  return summarised.replaceAll(`href="${pattern.fullPageHref}"`, `href="${fullPageHref}"`);
}
