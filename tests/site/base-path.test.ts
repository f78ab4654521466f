import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, DIST_BASE, listPages, readPage, readText, requireBuild } from '../../scripts/lib/dist';
import { findBrokenLinks } from '../helpers/links';

// `npm run build:base` builds the site for https://…/guidance-hub/ into dist-base/.
beforeAll(() => requireBuild(DIST_BASE));

describe('the site built for a sub-folder', () => {
  it('has the same pages as at the root of a domain', () => {
    expect(listPages(DIST_BASE).length).toBeGreaterThan(10);
    expect(listPages(DIST_BASE).sort()).toEqual(listPages().sort());
  });

  it('every link, script, island, stylesheet, frame and form target is in the sub-folder and exists', () => {
    expect(findBrokenLinks({ dist: DIST_BASE, base: BASE_PATH })).toEqual([]);
  }, 30_000);

  it('links within articles, written as /guidance/<id>/, point into the sub-folder', () => {
    const links = readPage('/guidance/using-whatsapp-in-schools/', DIST_BASE)
      .querySelectorAll('.article-content a[href^="/"]')
      .map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((href) => !href?.startsWith(BASE_PATH))).toEqual([]);
  });

  it('embed codes, oEmbed, feed, sitemap, robots.txt and security.txt use addresses in the sub-folder', () => {
    // The one embed-code page is built with placeholders; the browser fills in the page (tests/browser).
    const code = readPage('/embed-this/', DIST_BASE).querySelector('#snippet-script')?.text;
    expect(code).toContain('/guidance-hub/embed/PAGE/"');
    expect(code).toContain('/guidance-hub/embed.js"');
    expect(
      readPage('/guidance/when-staff-leave/', DIST_BASE).querySelector('.embed-this a')?.getAttribute('href'),
    ).toBe('/guidance-hub/embed-this/?page=guidance/when-staff-leave');
    const oembedLink = readPage('/guidance/when-staff-leave/', DIST_BASE)
      .querySelector('link[type="application/json+oembed"]')
      ?.getAttribute('href');
    expect(new URL(oembedLink ?? '').pathname).toBe('/guidance-hub/oembed/guidance/when-staff-leave.json');
    const oembed = JSON.parse(readText('/oembed/guidance/when-staff-leave.json', DIST_BASE)) as { html: string };
    expect(oembed.html).toContain('/guidance-hub/embed/guidance/when-staff-leave/"');
    expect(readText('/rss.xml', DIST_BASE)).toMatch(
      /<link>https:\/\/[^<]+\/guidance-hub\/guidance\/when-staff-leave\/<\/link>/,
    );
    expect(readFileSync(join(DIST_BASE, 'sitemap-0.xml'), 'utf8')).toContain(
      '/guidance-hub/guidance/when-staff-leave/<',
    );
    expect(readFileSync(join(DIST_BASE, 'sitemap-0.xml'), 'utf8')).not.toContain('/embed/');
    expect(readText('/robots.txt', DIST_BASE)).toContain('Disallow: /guidance-hub/embed/\n');
    expect(readFileSync(join(DIST_BASE, '.well-known', 'security.txt'), 'utf8')).toMatch(
      /Canonical: https:\/\/[^/]+\/guidance-hub\/\.well-known\/security\.txt/,
    );
  });

  it('_headers rules apply under the sub-folder', () => {
    const paths = readFileSync(join(DIST_BASE, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path) => !path.startsWith(BASE_PATH))).toEqual([]);
  });
});
