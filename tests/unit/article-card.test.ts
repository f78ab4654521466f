import { describe, expect, it } from 'vitest';
import { articleCard } from '../../src/lib/build/article-card';

// Shaped like the built pages: an article page (BaseLayout, ArticleHeader) and the card Astro
// rendered for another article.
const page = (id: string, title: string, titleText: string, summary: string, summaryText: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><title>${titleText} | Schools &amp; Co</title>` +
  `<meta name="description" content="${summary}"><link rel="canonical" href="https://s.example/guidance/${id}/">` +
  `<meta property="og:title" content="${title}"><meta property="og:description" content="${summary}">` +
  `<meta property="og:url" content="https://s.example/guidance/${id}/"><link rel="alternate" type="application/json+oembed" href="x" title="${title}">` +
  '<meta http-equiv="content-security-policy" content="page-csp"><style>.article{}</style></head>' +
  `<body><main><article><header><h1>${titleText}</h1><p class="lead">${summaryText}</p></header></article></main></body></html>`;

const PATTERN =
  '<!DOCTYPE html><html lang="en-GB" class="embed"><head><title>A (card) | Schools &amp; Co</title>' +
  '<meta name="description" content="About A."><link rel="canonical" href="https://s.example/guidance/a/">' +
  '<meta name="robots" content="noindex"><meta property="og:title" content="A (card)">' +
  '<meta property="og:description" content="About A."><meta property="og:url" content="https://s.example/guidance/a/">' +
  '<base target="_blank"><meta http-equiv="content-security-policy" content="card-csp"><style>.embed-card{}</style></head>' +
  '<body><main id="main" class="embed-card"><p class="meta">Schools &amp; Co</p><h1>A</h1>' +
  '<p class="embed-card-summary">About A.</p><p><a class="button" href="/hub/guidance/a/">Open the guidance</a></p></main>' +
  '<script type="module">card()</script></body></html>';

const pattern = { html: PATTERN, fullPageHref: '/hub/guidance/a/' };

describe("an article's card written from its page", () => {
  it("is the pattern card with the page's title, summary, address and head tags, escaped as the page has them", () => {
    const built = page(
      'b',
      'Photos &#38; &#34;CCTV&#34;',
      'Photos &amp; &quot;CCTV&quot;',
      'Who &#38; why.',
      'Who &amp; why.',
    );
    expect(articleCard(built, pattern, '/hub/guidance/b/')).toBe(
      '<!DOCTYPE html><html lang="en-GB" class="embed"><head><title>Photos &amp; &quot;CCTV&quot; (card) | Schools &amp; Co</title>' +
        '<meta name="description" content="Who &#38; why."><link rel="canonical" href="https://s.example/guidance/b/">' +
        '<meta name="robots" content="noindex"><meta property="og:title" content="Photos &#38; &#34;CCTV&#34; (card)">' +
        '<meta property="og:description" content="Who &#38; why."><meta property="og:url" content="https://s.example/guidance/b/">' +
        '<base target="_blank"><meta http-equiv="content-security-policy" content="card-csp"><style>.embed-card{}</style></head>' +
        '<body><main id="main" class="embed-card"><p class="meta">Schools &amp; Co</p><h1>Photos &amp; &quot;CCTV&quot;</h1>' +
        '<p class="embed-card-summary">Who &amp; why.</p><p><a class="button" href="/hub/guidance/b/">Open the guidance</a></p></main>' +
        '<script type="module">card()</script></body></html>',
    );
  });

  it("reproduces the pattern from the pattern's own page", () => {
    expect(articleCard(page('a', 'A', 'A', 'About A.', 'About A.'), pattern, '/hub/guidance/a/')).toBe(PATTERN);
  });

  it.each([
    [
      'no lead paragraph',
      (html: string) => html.replace('<p class="lead">', '<p>'),
      'summary (<p class="lead">) in the page',
    ],
    [
      'a title without the site name',
      (html: string) => html.replace(' | Schools &amp; Co', ''),
      'the title does not end with " | Schools &amp; Co"',
    ],
    [
      'no og:url',
      (html: string) => html.replace(/<meta property="og:url"[^>]*>/, ''),
      'no og:url in the page was found',
    ],
  ])('names what is missing from a page with %s', (_, spoil, message) => {
    expect(() => articleCard(spoil(page('b', 'B', 'B', 'S.', 'S.')), pattern, '/hub/guidance/b/')).toThrow(message);
  });
});
