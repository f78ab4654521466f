import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listPages, readPage } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

describe('page metadata', () => {
  const pages = listPages();
  const heads = pages.map((path) => ({ path, root: readPage(path) }));

  it('every page declares its language', () => {
    const missing = heads
      .filter(({ root }) => !root.querySelector('html')?.getAttribute('lang'))
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it('every page has a title, and no two pages share one', () => {
    const titles = heads.map(({ path, root }) => ({ path, title: root.querySelector('title')?.text.trim() ?? '' }));
    expect(titles.filter(({ title }) => !title)).toEqual([]);
    const seen = new Map<string, string>();
    const clashes = titles.flatMap(({ path, title }) => {
      const other = seen.get(title);
      seen.set(title, path);
      return other ? [`${path} and ${other}: "${title}"`] : [];
    });
    expect(clashes).toEqual([]);
  });

  it('every page has a meta description and an absolute canonical URL', () => {
    const problems = heads.flatMap(({ path, root }) => {
      const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      return [
        ...(description.length < 20 ? [`${path}: description missing or too short`] : []),
        ...(/^https?:\/\//.test(canonical) ? [] : [`${path}: canonical missing or relative`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('only the 404, embed and embed-code pages ask search engines not to index them', () => {
    const noindex = heads
      .filter(({ root }) => root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex'))
      .map(({ path }) => path)
      .filter((path) => path !== '/404.html' && !/^\/embed(-this)?\//.test(path));
    expect(noindex).toEqual([]);
  });
});
