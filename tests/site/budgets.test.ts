import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listPages, readPage, readText } from '../../scripts/lib/dist';
import { gzipSync } from 'node:zlib';
import { htmlAndCssWeight, javascriptWeight, kb } from '../../scripts/lib/page-weight';

beforeAll(assertBuilt);

const articlePages = listPages().filter((path) => /^\/guidance\/[^/]+\/$/.test(path));
const assessmentPages = listPages().filter((path) => /^\/assessments\/[^/]+\/$/.test(path));
const hasIsland = (path: string) => readPage(path).querySelector('astro-island') !== null;

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

  it('embed.js, which trusts load on their own pages, is at most 3 KB gzipped', () => {
    const gzip = gzipSync(readText('/embed.js'), { level: 9 }).length;
    console.log(`/embed.js: ${gzip} bytes gzipped`);
    expect(gzip).toBeLessThanOrEqual(3 * 1024);
  });
});
