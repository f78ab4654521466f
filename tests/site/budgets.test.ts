import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listPages, readPage, readText } from '../../scripts/lib/dist';
import { gzipSync } from 'node:zlib';
import { htmlAndCssWeight, javascriptWeight, kb } from '../../scripts/lib/page-weight';

beforeAll(assertBuilt);

const articlePages = listPages().filter((path) => /^\/guidance\/[^/]+\/$/.test(path));
const assessmentPages = listPages().filter((path) => /^\/assessments\/[^/]+\/$/.test(path));
const hasIsland = (path: string) => readPage(path).querySelector('astro-island') !== null;
const islandPages = listPages().filter(hasIsland);

// JavaScript before interaction, gzipped, for every page with an island: a little above what each
// loaded on 30 November 2026 (page, then its /embed/ version where there is one). An assessment,
// wherever it appears, may use the 25 KB the design allows an assessment page.
const ISLAND_BUDGETS: readonly { pages: RegExp; kb: number }[] = [
  // The checklists: 23.3 KB, 24.5 KB embedded; the messaging risk self-assessment: 22.8 KB, 24.0 KB
  // embedded (each kind has its own island entry, so neither loads the other kind's results).
  { pages: /^\/(embed\/)?assessments\/[^/]+\/$/, kb: 25 },
  // The messaging risk self-assessment inside the article: 23.0 KB, 24.2 KB embedded.
  { pages: /^\/(embed\/)?guidance\/using-whatsapp-in-schools\/$/, kb: 25 },
  // The SAR deadline calculator inside the article: 16.1 KB, 17.3 KB embedded.
  { pages: /^\/(embed\/)?guidance\/subject-access-requests\/$/, kb: 18.5 },
  // The SAR deadline calculator on its own page: 16.1 KB.
  { pages: /^\/tools\/subject-access-deadline\/$/, kb: 18 },
  // The trust dashboard (the result-file reader and CSV writer load only when used): 18.7 KB.
  { pages: /^\/trust-dashboard\/$/, kb: 20 },
];

describe('budgets, measured from dist/', () => {
  it.each(articlePages.filter((path) => !hasIsland(path)))('%s loads no JavaScript before interaction', (path) => {
    const weight = javascriptWeight(path);
    console.log(`${path}: JavaScript ${weight.raw} bytes`);
    expect(weight.raw).toBe(0);
  });

  it.each(articlePages)('%s is at most 30 KB of HTML and CSS, gzipped', (path) => {
    const weight = htmlAndCssWeight(path);
    console.log(`${path}: HTML+CSS ${kb(weight.raw)} raw, ${kb(weight.gzip)} gzipped`);
    expect(weight.gzip).toBeLessThanOrEqual(30 * 1024);
  });

  it.each(assessmentPages)('%s loads at most 25 KB of JavaScript, gzipped', (path) => {
    const weight = javascriptWeight(path);
    console.log(`${path}: JavaScript ${kb(weight.raw)} raw, ${kb(weight.gzip)} gzipped`);
    expect(weight.gzip).toBeGreaterThan(0);
    expect(weight.gzip).toBeLessThanOrEqual(25 * 1024);
  });

  it.each(islandPages)('%s, which has an island, stays within its JavaScript budget', (path) => {
    const budget = ISLAND_BUDGETS.find(({ pages }) => pages.test(path));
    expect(budget, `${path} has an island but no JavaScript budget`).toBeDefined();
    const weight = javascriptWeight(path);
    console.log(`${path}: JavaScript ${kb(weight.gzip)} gzipped, budget ${budget?.kb} KB`);
    expect(weight.gzip).toBeGreaterThan(0);
    expect(weight.gzip).toBeLessThanOrEqual((budget?.kb ?? 0) * 1024);
  });

  // Pagefind itself loads on the first search. The page's own script was 1.5 KB before it listed
  // sections, filter counts and "Show more results", 2.0 KB after (30 November 2026).
  it('the search page loads at most 3 KB of JavaScript before a search, gzipped', () => {
    const weight = javascriptWeight('/search/');
    console.log(`/search/: JavaScript ${kb(weight.gzip)} gzipped`);
    expect(weight.gzip).toBeGreaterThan(0);
    expect(weight.gzip).toBeLessThanOrEqual(3 * 1024);
  });

  it('embed.js, which trusts load on their own pages, is at most 3 KB gzipped', () => {
    const gzip = gzipSync(readText('/embed.js'), { level: 9 }).length;
    console.log(`/embed.js: ${gzip} bytes gzipped`);
    expect(gzip).toBeLessThanOrEqual(3 * 1024);
  });
});
