import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, readText } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

/** The `reviewed` date in an article's front matter, read from the file itself. */
const reviewedOf = (id: string) =>
  /^reviewed: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(join('content', 'articles', `${id}.mdx`), 'utf8'))?.[1];

describe('feeds and discovery', () => {
  const channel = (
    parser.parse(readText('/rss.xml')) as {
      rss: { channel: Record<string, unknown> & { item: { link: string; guid: { '#text': string } }[] } };
    }
  ).rss.channel;

  it('the RSS feed names itself and when it last changed', () => {
    const self = channel['atom:link'] as { href: string; rel: string };
    expect(self.rel).toBe('self');
    expect(new URL(self.href).pathname).toBe('/rss.xml');
    expect(String(channel.lastBuildDate)).toMatch(/^\w{3}, \d{2} \w{3} \d{4} 00:00:00 GMT$/);
  });

  it('each item has an id that changes when the article is reviewed again', () => {
    const item = channel.item.find((entry) => entry.link.endsWith('/guidance/when-staff-leave/'));
    expect(item?.guid['#text']).toBe(`${item?.link}#reviewed-${reviewedOf('when-staff-leave')}`);
  });

  it('the sitemap gives each article the day it was last reviewed as lastmod', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const entry = /<url><loc>[^<]*\/guidance\/when-staff-leave\/<\/loc><lastmod>([^<]+)<\/lastmod>/.exec(xml);
    expect(entry?.[1]?.slice(0, 10)).toBe(reviewedOf('when-staff-leave'));
  });
});
