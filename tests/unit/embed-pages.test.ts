import { describe, expect, it } from 'vitest';
import { openLinksInNewTab } from '../../src/lib/embed/new-tab-links';
import { buildOembed, oembedPathFor } from '../../src/lib/embed/oembed';

describe('links in embed pages', () => {
  it.each([
    ['<a href="/guidance/a/">x</a>', '<a href="/guidance/a/" target="_blank" rel="noopener">x</a>'],
    [
      '<a href="https://ico.org.uk/" rel="external">x</a>',
      '<a href="https://ico.org.uk/" rel="external noopener" target="_blank">x</a>',
    ],
    ['<a class="c" href=\'/x/\'>x</a>', '<a class="c" href=\'/x/\' target="_blank" rel="noopener">x</a>'],
  ])('open a new tab: %s', (before, after) => {
    expect(openLinksInNewTab(before)).toBe(after);
  });

  it.each([
    '<a href="#section">x</a>',
    '<a href="/x/" target="_self">x</a>',
    '<a name="anchor">x</a>',
    '<abbr title="t">x</abbr>',
  ])('leave %s alone', (html) => {
    expect(openLinksInNewTab(html)).toBe(html);
  });
});

describe('oEmbed', () => {
  it('describes the page as a rich embed with a plain iframe', () => {
    const response = buildOembed({
      siteName: 'Site',
      siteUrl: 'https://site.example',
      title: 'A "quoted" title',
      embedPath: '/embed/guidance/a/',
      height: 900,
    });
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Site',
      provider_url: 'https://site.example/',
      height: 900,
      title: 'A "quoted" title',
    });
    expect(response.html).toBe(
      '<iframe src="https://site.example/embed/guidance/a/" title="A &quot;quoted&quot; title" width="100%" height="900" style="border:0;width:100%" loading="lazy"></iframe>',
    );
  });

  it('lives beside the page it describes', () => {
    expect(oembedPathFor('/guidance/a/')).toBe('/oembed/guidance/a.json');
  });
});
