import { describe, expect, it } from 'vitest';
import { searchIndexGlob } from '../../src/lib/search/index-glob';

describe('searchIndexGlob', () => {
  // The assessments are left to the integration, which reads their question forms as content.
  it('reads the pages at the top and in every folder but the embeds, oEmbed files, assets and assessments', () => {
    const glob = searchIndexGlob([
      { name: 'index.html', directory: false },
      { name: '404.html', directory: false },
      { name: 'rss.xml', directory: false },
      { name: 'guidance', directory: true },
      { name: 'areas', directory: true },
      { name: 'embed', directory: true },
      { name: 'embed-this', directory: true },
      { name: 'oembed', directory: true },
      { name: '_astro', directory: true },
      { name: 'pagefind', directory: true },
      { name: 'assessments', directory: true },
    ]);
    expect(glob).toBe('{404.html,areas/**/*.html,guidance/**/*.html,index.html}');
  });

  it('reads a folder added later without being told about it', () => {
    expect(searchIndexGlob([{ name: 'new-section', directory: true }])).toBe('{new-section/**/*.html}');
  });
});
