import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/read-content-files';
import { loadContent } from '../../src/lib/content-check/load';
import { addMonths } from '../../src/lib/dates/iso-date';
import { assertBuilt, DIST, listPages, readPage } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

const { model } = loadContent(readContentFiles(process.cwd()));
const published = [...model.articles.values()].filter((article) => !article.data.draft);

/** Site paths that a page's links point to, without query or fragment. */
function linkedPaths(root: HTMLElement, page: string): Set<string> {
  return new Set(
    root
      .querySelectorAll('a[href]')
      .map((link) => new URL(link.getAttribute('href') ?? '', `https://site.test${page}`).pathname),
  );
}

/** The `datetime` of the `<time>` in the `<dd>` that follows the `<dt>` with this label. */
function dateFor(root: HTMLElement, label: string): string | undefined {
  const term = root.querySelectorAll('dl > dt').find((dt) => dt.text.trim() === label);
  const definition = term?.nextElementSibling;
  return definition?.tagName === 'DD' ? definition.querySelector('time')?.getAttribute('datetime') : undefined;
}

function isRealDate(value: string | undefined): boolean {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

describe('article pages', () => {
  const pages = published.map((article) => ({
    article,
    path: `/guidance/${article.id}/`,
    root: readPage(`/guidance/${article.id}/`),
  }));

  it('exist for exactly the published articles', () => {
    const built = listPages().filter((path) => /^\/guidance\/[^/]+\/$/.test(path));
    expect(built.sort()).toEqual(pages.map(({ path }) => path).sort());
    expect(pages.length).toBeGreaterThan(0);
  });

  it('each show an "In short" box with something in it', () => {
    const problems = pages.flatMap(({ path, root }) => {
      const box = root.querySelector('section.in-short[aria-labelledby="in-short-title"]');
      const heading = box?.querySelector('#in-short-title');
      if (!box || heading?.text.trim() !== 'In short') return [`${path}: no "In short" box`];
      return box.text.trim().length > heading.text.trim().length ? [] : [`${path}: the "In short" box is empty`];
    });
    expect(problems).toEqual([]);
  });

  it('each list their sources, every one linked over https', () => {
    const problems = pages.flatMap(({ path, root }) => {
      const section = root.querySelector('section[aria-labelledby="sources-title"]');
      if (section?.querySelector('h2#sources-title')?.text.trim() !== 'Sources') return [`${path}: no Sources section`];
      const hrefs = section.querySelectorAll('a').map((link) => link.getAttribute('href') ?? '');
      if (hrefs.length === 0) return [`${path}: Sources section has no links`];
      return hrefs.filter((href) => !href.startsWith('https:')).map((href) => `${path}: ${href} is not https`);
    });
    expect(problems).toEqual([]);
  });

  it('each show when they were published, last reviewed and are due for review', () => {
    const problems = pages.flatMap(({ article, path, root }) => {
      const expected: Record<string, string> = {
        Published: article.data.published,
        'Last reviewed': article.data.reviewed,
        'Review due': addMonths(article.data.reviewed, article.data.reviewEveryMonths),
      };
      return Object.entries(expected).flatMap(([label, date]) => {
        const shown = dateFor(root, label);
        if (!isRealDate(shown)) return [`${path}: "${label}" has no valid datetime (${shown})`];
        return shown === date ? [] : [`${path}: "${label}" is ${shown}, front matter gives ${date}`];
      });
    });
    expect(problems).toEqual([]);
  });
});

describe('area pages', () => {
  it('exist for every area, and the home page links to each', () => {
    const home = linkedPaths(readPage('/'), '/');
    const areaPaths = [...model.areas.keys()].map((id) => `/areas/${id}/`);
    expect(areaPaths.length).toBeGreaterThan(0);
    expect(areaPaths.filter((path) => !listPages().includes(path))).toEqual([]);
    expect(areaPaths.filter((path) => !home.has(path))).toEqual([]);
  });

  it.each([...model.areas.keys()])('/areas/%s/ lists exactly the articles in that area', (area) => {
    const page = `/areas/${area}/`;
    const expected = published
      .filter((article) => article.data.area === area)
      .map((article) => `/guidance/${article.id}/`);
    const guidanceSection = readPage(page).querySelector('section[aria-labelledby="guidance"]');
    expect(guidanceSection).not.toBeNull();
    const listed = [...linkedPaths(guidanceSection as HTMLElement, page)].filter((path) =>
      path.startsWith('/guidance/'),
    );
    expect(listed.sort()).toEqual(expected.sort());
  });
});

describe('the WhatsApp article', () => {
  const page = '/guidance/using-whatsapp-in-schools/';
  const OTHER_ARTICLES = [
    'messaging-account-takeover',
    'choosing-a-communication-tool',
    'personal-devices-and-school-data',
    'cyber-security-essentials',
    'when-staff-leave',
    'reporting-fraud-cyber-attacks-and-breaches',
    'subject-access-requests',
  ];
  const ASSESSMENTS = ['cyber-security-checklist', 'messaging-risk'];

  it('links to every other article, with or without a fragment, and to both assessments', () => {
    const linked = linkedPaths(readPage(page), page);
    const wanted = [
      ...OTHER_ARTICLES.map((id) => `/guidance/${id}/`),
      ...ASSESSMENTS.map((id) => `/assessments/${id}/`),
    ];
    expect(wanted.filter((path) => !linked.has(path))).toEqual([]);
  });
});

describe('the RSS feed', () => {
  it('has one item per published article', () => {
    const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const links = [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map(
      ([item]) => /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '',
    );
    const items = links.map((link) => new URL(link, 'https://site.test').pathname);
    expect(items.sort()).toEqual(published.map((article) => `/guidance/${article.id}/`).sort());
  });
});
