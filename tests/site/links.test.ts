import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fileForPath, listPages, readPage } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

const SITE_ATTRIBUTES = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
] as const;

function targetsOf(pagePath: string): string[] {
  const root = readPage(pagePath);
  return SITE_ATTRIBUTES.flatMap(([tag, attribute]) =>
    root.querySelectorAll(`${tag}[${attribute}]`).map((element) => element.getAttribute(attribute) ?? ''),
  );
}

function idsOn(pagePath: string): Set<string> {
  return new Set(
    readPage(pagePath)
      .querySelectorAll('[id]')
      .map((element) => element.id),
  );
}

describe('internal links', () => {
  const pages = listPages();

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('every link, script, stylesheet and form target on this site exists, and so does every #fragment', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of targetsOf(page)) {
        if (/^(https?:|mailto:|tel:|data:)/.test(href) || href.startsWith('//')) continue;
        const resolved = new URL(href, `https://site.test${page}`);
        const path = resolved.pathname;
        if (!fileForPath(path)) {
          broken.push(`${page} -> ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(resolved.hash.slice(1));
        if (fragment && path.endsWith('/') && !idsOn(path).has(fragment))
          broken.push(`${page} -> ${href} (no #${fragment} there)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
