import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchesHeaderPath } from '../helpers/header-path';
import { assertBuilt, DIST, listPages, readPage, readText, sitemapPaths } from '../../scripts/lib/dist';
import { javascriptWeight } from '../../scripts/lib/page-weight';
import { articleCard } from '../../src/lib/build/article-card';
import { embedCopy, embedHead, readEmbedFrame } from '../../src/lib/build/embed-copy';
import { firstDifference } from '../../src/lib/build/first-difference';

beforeAll(assertBuilt);

const embedPages = listPages().filter((path) => path.startsWith('/embed/') && !path.startsWith('/embed/card/'));
const cardPages = listPages().filter((path) => path.startsWith('/embed/card/'));
const embeddable = listPages().filter((path) => /^\/(guidance|assessments)\/[^/]+\/$/.test(path));

describe('the embed-code page', () => {
  it('is one page for the whole library, not one per article', () => {
    expect(listPages().filter((path) => path.startsWith('/embed-this/'))).toEqual(['/embed-this/']);
  });

  it('is linked from every article and assessment with that page in its query', () => {
    // "/guidance/a/" links to "/embed-this/?page=guidance/a".
    const wrong = embeddable.filter(
      (path) =>
        readPage(path).querySelector('.embed-this a')?.getAttribute('href') !==
        `/embed-this/?page=${path.slice(1, -1)}`,
    );
    expect(embeddable.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it('is noindex and has the three codes to copy, with placeholders until a page is chosen', () => {
    const root = readPage('/embed-this/');
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(root.querySelectorAll('textarea.snippet').map((area) => area.id)).toEqual([
      'snippet-card',
      'snippet-script',
      'snippet-plain',
    ]);
    expect(root.querySelector('#snippet-card')?.text).toContain('/embed/card/PAGE/" title="PAGE TITLE"');
  });
});

describe('embed pages', () => {
  it('exist for every article and assessment', () => {
    expect(embedPages.sort()).toEqual(embeddable.map((path) => `/embed${path}`).sort());
  });

  it.each(embedPages)(
    '%s is noindex, canonical to the full page, without site chrome, with links out in a new tab',
    (path) => {
      const root = readPage(path);
      const fullPath = path.replace(/^\/embed/, '');
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(new URL(root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').pathname).toBe(fullPath);
      const chrome = [
        '.skip-link',
        'header.site-header',
        'nav[aria-label="Main"]',
        'footer.site-footer',
        'form[role="search"]',
      ];
      expect(chrome.filter((selector) => root.querySelector(selector) !== null)).toEqual([]);
      expect(root.querySelector(`.embed-from a[href="${fullPath}"]`) !== null).toBe(true);
      // One mechanism opens links in a new tab: the base target, which covers links islands add too.
      expect(root.querySelectorAll('base').map((base) => base.toString())).toEqual(['<base target="_blank">']);
      expect(root.querySelectorAll('a[target]').map((a) => a.toString())).toEqual([]);
    },
  );

  // Astro renders one article's embed copy with EmbedLayout; the build writes the others from their
  // pages (src/lib/build/embed-copy.ts). An assessment's embed copy, which Astro renders in full, is
  // the independent check that the written ones are what the layouts would give.
  describe('written from their pages, they are what the layouts render', () => {
    const html = (path: string) => readText(`${path.slice(1)}index.html`);
    const assessments = embeddable.filter((path) => path.startsWith('/assessments/'));
    const articles = embeddable.filter((path) => path.startsWith('/guidance/'));
    const headOf = (page: string) => page.slice(page.indexOf('<head>'), page.indexOf('</head>') + '</head>'.length);

    it.each(assessments)('the head of %s, marked embedded, is the head of its embed copy', (path) => {
      const copy = html(`/embed${path}`);
      expect(embedHead(headOf(html(path)), readEmbedFrame(copy, path).siteSuffix)).toBe(headOf(copy));
    });

    it('every article copy is its page in the frame of an assessment copy', () => {
      const frame = readEmbedFrame(html(`/embed${assessments[0]}`), assessments[0]);
      const differences = articles
        .map((path) => [path, firstDifference(embedCopy(html(path), frame, path), html(`/embed${path}`))])
        .filter(([, difference]) => difference !== null);
      expect(articles.length).toBeGreaterThan(10);
      expect(differences).toEqual([]);
    });

    it("every article card is its page's title, summary and address in the next article's card", () => {
      const differences = articles
        .map((path, index) => {
          const next = articles[(index + 1) % articles.length] ?? path;
          const pattern = { html: html(`/embed/card${next}`), fullPageHref: next };
          return [path, firstDifference(articleCard(html(path), pattern, path), html(`/embed/card${path}`))];
        })
        .filter(([, difference]) => difference !== null);
      expect(differences).toEqual([]);
    });
  });

  it('have a card for every article and assessment', () => {
    expect(cardPages.sort()).toEqual(embeddable.map((path) => `/embed/card${path}`).sort());
  });

  it.each(cardPages)(
    '%s is a card that needs no script: title, summary and one link to the full page, in a new tab',
    (path) => {
      const root = readPage(path);
      const fullPath = path.replace(/^\/embed\/card/, '');
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      // One small module, only for WordPress's sandbox (card-link.ts); the link works without it.
      const scripts = root.querySelectorAll('script');
      expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['module']);
      expect(javascriptWeight(path).gzip).toBeLessThanOrEqual(600);
      expect(root.querySelectorAll('base').map((base) => base.toString())).toEqual(['<base target="_blank">']);
      expect(root.querySelector('h1')?.text.trim()).not.toBe('');
      expect(root.querySelectorAll('a[href]').map((a) => a.getAttribute('href'))).toEqual([fullPath]);
    },
  );

  it.each(cardPages)("%s shows its full page's title and summary, and names it in its head", (path) => {
    const card = readPage(path);
    const page = readPage(path.replace(/^\/embed\/card/, ''));
    const meta = (root: typeof card, selector: string) => root.querySelector(selector)?.getAttribute('content');
    const title = meta(page, 'meta[property="og:title"]');
    expect(card.querySelector('h1')?.text).toBe(title);
    expect(card.querySelector('.embed-card-summary')?.text).toBe(meta(page, 'meta[name="description"]'));
    expect(meta(card, 'meta[property="og:title"]')).toBe(`${title} (card)`);
    expect(card.querySelector('title')?.text).toBe(page.querySelector('title')?.text.replace(` | `, ` (card) | `));
    for (const selector of ['meta[name="description"]', 'meta[property="og:description"]', 'meta[property="og:url"]'])
      expect(meta(card, selector)).toBe(meta(page, selector));
    expect(card.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      page.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    );
  });

  it('say honestly that answers given inside another website are kept for it only, or not at all', () => {
    const assessments = embedPages.filter((path) => path.startsWith('/embed/assessments/'));
    expect(assessments.length).toBeGreaterThan(0);
    for (const path of assessments)
      expect(readPage(path).querySelector('#embedded-answers')?.text).toMatch(
        /for that website only.*or not kept at all.*save your results to a file/s,
      );
    expect(readPage('/privacy/').querySelector('#embedded')).not.toBeNull();
  });

  it('are not in the sitemap', () => {
    expect(sitemapPaths().filter((path) => path.startsWith('/embed'))).toEqual([]);
  });
});

describe('oEmbed', () => {
  it.each(embeddable)('%s links to a valid rich oEmbed file for its embed page', (path) => {
    const link = readPage(path).querySelector('link[rel="alternate"][type="application/json+oembed"]');
    const url = new URL(link?.getAttribute('href') ?? '');
    const body = JSON.parse(readText(url.pathname)) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: expect.any(String),
      title: readPage(path).querySelector('meta[property="og:title"]')?.getAttribute('content'),
      height: expect.any(Number),
    });
    // Assessments come as the card: WordPress runs oEmbed frames without storage or our scripts.
    const framed = path.startsWith('/assessments/') ? `/embed/card${path}` : `/embed${path}`;
    expect(body.html).toMatch(new RegExp(`<iframe src="[^"]+${framed}" title="[^"]+" width="\\d+" height="\\d+"`));
    expect(Number.isInteger(body.width) && Number.isInteger(body.height)).toBe(true);
    expect(Object.values(body)).not.toContain(null);
  });
});

describe('host files', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const rules = headers
    .split(/\n(?=\/)/)
    .map((block) => block.split('\n').filter((line) => !line.startsWith('#')))
    .filter((lines) => lines[0]?.startsWith('/'))
    .map(([path = '', ...lines]) => ({ path, lines }));

  it('_headers gives every page exactly one Content-Security-Policy with a frame rule', () => {
    const problems = listPages().flatMap((page) => {
      const csp = rules
        .filter((rule) => matchesHeaderPath(rule.path, page))
        .flatMap((rule) => rule.lines.filter((line) => line.includes('Content-Security-Policy')));
      return csp.length === 1 && csp[0]?.includes('frame-ancestors') ? [] : [`${page}: ${csp.length} CSP headers`];
    });
    expect(problems).toEqual([]);
  });

  it('_headers lets the allow-list frame embeds and only the site frame other pages', () => {
    const cspFor = (page: string) =>
      rules
        .filter((rule) => matchesHeaderPath(rule.path, page))
        .flatMap((rule) => rule.lines)
        .find((line) => line.includes('Content-Security-Policy'));
    expect(cspFor('/embed/guidance/using-whatsapp-in-schools/')).toMatch(/frame-ancestors https:;/);
    expect(cspFor('/guidance/using-whatsapp-in-schools/')).toMatch(/frame-ancestors 'self';/);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Referrer-Policy: strict-origin-when-cross-origin/);
    expect(headers).toMatch(/Permissions-Policy: .*camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(headers).toMatch(/Strict-Transport-Security: max-age=\d+/);
  });

  it('security.txt gives the contact from site.yaml', () => {
    expect(readFileSync(join(DIST, '.well-known', 'security.txt'), 'utf8')).toMatch(
      /^Contact: mailto:[^\s@]+@[^\s@]+\nExpires: \d{4}-\d{2}-\d{2}T/,
    );
  });
});
