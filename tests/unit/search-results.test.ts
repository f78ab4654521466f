import { describe, expect, it } from 'vitest';
import { resultCountText } from '../../src/lib/search/count-text';
import { filterCountText } from '../../src/lib/search/filters';
import type { PagefindSubResult } from '../../src/lib/search/pagefind-api';
import { toResultView } from '../../src/lib/search/result-view';

const PAGE = '/assessments/cyber-security-checklist/';
const sub = (anchor: string, matches: number): PagefindSubResult => ({
  title: anchor ? `Heading ${anchor}` : 'The page',
  url: anchor ? `${PAGE}#${anchor}` : PAGE,
  excerpt: `text about <mark>backup</mark> ${anchor}`,
  locations: Array.from({ length: matches }, (_, index) => index),
});

describe('a search result as the page shows it', () => {
  it('links the page by its title, with its excerpt split into marked and plain runs', () => {
    const view = toResultView({
      url: PAGE,
      excerpt: 'a <mark>backup</mark> plan',
      meta: { title: 'Checklist' },
      sub_results: [],
    });
    expect(view).toEqual({
      url: PAGE,
      title: 'Checklist',
      excerpt: [
        { text: 'a ', marked: false },
        { text: 'backup', marked: true },
        { text: ' plan', marked: false },
      ],
      sections: [],
    });
  });

  it('lists the headings that matched, linked to their anchors, leaving out the page itself', () => {
    const view = toResultView({
      url: PAGE,
      excerpt: '',
      meta: { title: 'Checklist' },
      sub_results: [sub('', 5), sub('backups', 2)],
    });
    expect(view.sections).toEqual([
      {
        url: `${PAGE}#backups`,
        title: 'Heading backups',
        excerpt: [
          { text: 'text about ', marked: false },
          { text: 'backup', marked: true },
          { text: ' backups', marked: false },
        ],
      },
    ]);
  });

  it('keeps the three headings with the most matches, in page order', () => {
    // Matches per heading: a 1, b 4, c 2, d 3, e 1; the three most are b (4), d (3), c (2),
    // which in page order read b, c, d.
    const subs = [sub('a', 1), sub('b', 4), sub('c', 2), sub('d', 3), sub('e', 1)];
    const view = toResultView({ url: PAGE, excerpt: '', meta: {}, sub_results: subs });
    expect(view.sections.map((section) => section.url)).toEqual([`${PAGE}#b`, `${PAGE}#c`, `${PAGE}#d`]);
  });

  it('falls back to the address when the page has no title', () => {
    expect(toResultView({ url: PAGE, excerpt: '', meta: {}, sub_results: [] }).title).toBe(PAGE);
  });
});

describe('the result count', () => {
  it('says when nothing matched', () => {
    expect(resultCountText('zebra', 0, 0)).toBe('No results for “zebra”.');
  });

  it('gives the whole count, and how many are listed while only some are', () => {
    expect(resultCountText('data', 1, 1)).toBe('1 result for “data”.');
    expect(resultCountText('data', 34, 20)).toBe('34 results for “data”. Showing the first 20.');
    expect(resultCountText('data', 34, 34)).toBe('34 results for “data”.');
  });
});

describe('filter counts', () => {
  const counts = { area: { 'Subject access requests': 3 }, type: { Guidance: 12 } };

  it('show how many of the current results carry each value', () => {
    expect(filterCountText(counts, 'area', 'Subject access requests')).toBe('(3)');
    expect(filterCountText(counts, 'type', 'Guidance')).toBe('(12)');
  });

  it('show 0 for a value no result carries, and nothing before a search', () => {
    expect(filterCountText(counts, 'area', 'Records')).toBe('(0)');
    expect(filterCountText(counts, 'audience', 'Governors')).toBe('(0)');
    expect(filterCountText(undefined, 'area', 'Records')).toBe('');
  });
});
