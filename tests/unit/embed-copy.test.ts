import { describe, expect, it } from 'vitest';
import { embedCopy, embedHead, readEmbedFrame } from '../../src/lib/build/embed-copy';
import { firstDifference } from '../../src/lib/build/first-difference';

// Small pages shaped like the built ones: BaseLayout and EmbedLayout around ArticleView.
const headTail = (id: string) =>
  `<meta property="og:type" content="website"><meta property="og:url" content="https://s.example/guidance/${id}/">`;
const page = (id: string, title: string, article: string) =>
  '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">' +
  `<title>${title} | Schools &amp; Co</title><link rel="canonical" href="https://s.example/guidance/${id}/">` +
  `<meta property="og:title" content="${title}">${headTail(id)}` +
  `<link rel="alternate" type="application/json+oembed" href="https://s.example/oembed/guidance/${id}.json" title="${title}">` +
  '<meta http-equiv="content-security-policy" content="x"><style>p{}</style></head>' +
  '<body><a class="skip-link" href="#main">Skip</a><header>site</header>' +
  `<main id="main" tabindex="-1"><div class="wrap">${article}<p class="embed-this"><a href="/embed-this/?page=guidance/${id}">Embed</a></p></div></main>` +
  '<footer id="page-end">footer</footer></body></html>';

const PATTERN =
  '<!DOCTYPE html><html lang="en-GB" class="embed"><head><meta charset="utf-8">' +
  '<title>A (embedded) | Schools &amp; Co</title><link rel="canonical" href="https://s.example/guidance/a/">' +
  '<meta name="robots" content="noindex"><meta property="og:title" content="A (embedded)">' +
  '<meta property="og:type" content="website"><meta property="og:url" content="https://s.example/guidance/a/">' +
  '<base target="_blank"><meta http-equiv="content-security-policy" content="x"><style>p{}</style></head>' +
  '<body><div class="embed-root"><main id="main"><article class="article">A</article></main>' +
  '<p class="embed-from" id="page-end">From <a href="/hub/guidance/a/">Schools</a>: <a href="/hub/guidance/a/">open the full page</a></p>' +
  '</div><script type="module" src="/hub/_astro/embed.js"></script></body></html>';

const frame = readEmbedFrame(PATTERN, '/hub/guidance/a/');

describe('an article embed copy written from its page', () => {
  it('is exactly the copy EmbedLayout renders: the page head marked embedded, the article in the embed frame', () => {
    const article =
      '<article class="article" data-pagefind-body><h1>B &amp; C</h1><article class="card">nested</article><p>end</p></article>';
    expect(embedCopy(page('b', 'B &amp; C', article), frame, '/hub/guidance/b/')).toBe(
      '<!DOCTYPE html><html lang="en-GB" class="embed"><head><meta charset="utf-8">' +
        '<title>B &amp; C (embedded) | Schools &amp; Co</title><link rel="canonical" href="https://s.example/guidance/b/">' +
        '<meta name="robots" content="noindex"><meta property="og:title" content="B &amp; C (embedded)">' +
        '<meta property="og:type" content="website"><meta property="og:url" content="https://s.example/guidance/b/">' +
        '<base target="_blank"><meta http-equiv="content-security-policy" content="x"><style>p{}</style></head>' +
        '<body><div class="embed-root"><main id="main">' +
        '<article class="article"><h1>B &amp; C</h1><article class="card">nested</article><p>end</p></article></main>' +
        '<p class="embed-from" id="page-end">From <a href="/hub/guidance/b/">Schools</a>: <a href="/hub/guidance/b/">open the full page</a></p>' +
        '</div><script type="module" src="/hub/_astro/embed.js"></script></body></html>',
    );
  });

  it("reproduces the pattern's own copy from the pattern's page", () => {
    const written = embedCopy(
      page('a', 'A', '<article class="article" data-pagefind-body>A</article>'),
      frame,
      '/hub/guidance/a/',
    );
    expect(firstDifference(written, PATTERN)).toBeNull();
  });

  it('keeps a title that contains the site separator whole', () => {
    const head = embedHead(
      `<head><title>X | Y | Schools &amp; Co</title><link rel="canonical" href="c">${headTail('x').replace('og:type', 'og:title')}</head>`,
      frame.siteSuffix,
    );
    expect(head).toContain('<title>X | Y (embedded) | Schools &amp; Co</title>');
  });

  it.each([
    [
      'a title without the site name',
      page('b', 'B', '<article>b</article>').replace(' | Schools &amp; Co', ''),
      'the title does not end with " | Schools &amp; Co"',
    ],
    ['no article in the main element', page('b', 'B', '<div>b</div>'), 'no <article> in <main> was found'],
    ['an article left open', page('b', 'B', '<article>b'), 'the <article> element is not closed'],
    [
      'no og:url',
      page('b', 'B', '<article>b</article>').replace(/<meta property="og:url"[^>]*>/, ''),
      'no og:url was found',
    ],
  ])('names what is missing from a page with %s', (_, html, message) => {
    expect(() => embedCopy(html, frame, '/hub/guidance/b/')).toThrow(message);
  });
});

describe('comparing a written copy with the one Astro rendered', () => {
  it("ignores islands' random ids", () => {
    expect(firstDifference('<astro-island uid="Z1abc" ssr>', '<astro-island uid="Q9xyz" ssr>')).toBeNull();
  });

  it('says where they first differ, with the text around it', () => {
    expect(firstDifference('<p>same</p><b>new</b>', '<p>same</p><i>old</i>')).toBe(
      'at character 12, the written file has "<p>same</p><b>new</b>" where Astro rendered "<p>same</p><i>old</i>"',
    );
  });
});
