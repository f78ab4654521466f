import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, buildPlainIframe } from '../../src/lib/embed/snippet';

const options = {
  siteUrl: 'https://bestpractice.schools.example',
  path: '/embed/guidance/using-whatsapp-in-schools/',
  title: 'Using WhatsApp in schools',
  height: 900,
};

/** Attribute names in the order they appear in the first tag, to spot anything injected. */
function readAttributeNames(html: string): string[] {
  const tag = html.slice(0, html.indexOf('>') + 1);
  return [...tag.matchAll(/\s([a-z-]+)="[^"]*"/g)].map((match) => match[1] ?? '');
}

describe('buildPlainIframe', () => {
  it('builds a lazy, borderless, full-width iframe at the given height', () => {
    expect(buildPlainIframe(options)).toBe(
      '<iframe src="https://bestpractice.schools.example/embed/guidance/using-whatsapp-in-schools/" ' +
        'title="Using WhatsApp in schools" width="640" height="900" style="border:0;width:100%" ' +
        'loading="lazy"></iframe>',
    );
  });

  it('has no script, for hosts that strip them', () => {
    expect(buildPlainIframe(options)).not.toContain('<script');
  });

  it('accepts a site URL with a trailing slash', () => {
    expect(buildPlainIframe({ ...options, siteUrl: 'https://bestpractice.schools.example/' })).toBe(
      buildPlainIframe(options),
    );
  });
});

describe('buildEmbedSnippet', () => {
  it('is the plain iframe followed by the resizing script from the same site', () => {
    expect(buildEmbedSnippet(options)).toBe(
      `${buildPlainIframe(options)}\n<script src="https://bestpractice.schools.example/embed.js" async></script>`,
    );
  });
});

describe('escaping', () => {
  it.each([
    ['a quote and markup', '"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an ampersand', 'Staff & governors', 'Staff &amp; governors'],
    ['an ampersand that looks like an entity', 'Tom &amp; Jerry', 'Tom &amp;amp; Jerry'],
    ['a single quote', "Heads' guide", 'Heads&#39; guide'],
  ])('escapes %s in the title', (_name, title, escaped) => {
    const html = buildEmbedSnippet({ ...options, title });
    expect(html).toContain(`title="${escaped}"`);
    expect(readAttributeNames(html)).toEqual(['src', 'title', 'width', 'height', 'style', 'loading']);
  });

  it('escapes the path', () => {
    const html = buildPlainIframe({ ...options, path: '/embed/assessments/messaging-risk/?accent=%23fff&x="y' });
    expect(html).toContain(
      'src="https://bestpractice.schools.example/embed/assessments/messaging-risk/?accent=%23fff&amp;x=&quot;y"',
    );
    expect(readAttributeNames(html)).toEqual(['src', 'title', 'width', 'height', 'style', 'loading']);
  });
});

describe('a site in a sub-folder', () => {
  it('points the frame and the script into the sub-folder, with or without a trailing slash', () => {
    for (const siteUrl of ['https://trust.example/guidance-hub/', 'https://trust.example/guidance-hub']) {
      const html = buildEmbedSnippet({ ...options, siteUrl });
      expect(html).toContain(
        '<iframe src="https://trust.example/guidance-hub/embed/guidance/using-whatsapp-in-schools/"',
      );
      expect(html).toContain('<script src="https://trust.example/guidance-hub/embed.js" async></script>');
    }
  });
});

describe('refusing snippets that would not work', () => {
  it.each([
    ['a path outside /embed/', { path: '/guidance/using-whatsapp-in-schools/' }],
    ['a path that only starts like /embed', { path: '/embedded/x/' }],
    ['a relative path', { path: 'embed/guidance/x/' }],
    ['an empty title', { title: '  ' }],
    ['a zero height', { height: 0 }],
    ['a fractional height', { height: 600.5 }],
    ['a height over the maximum', { height: 20_001 }],
    ['a NaN height', { height: Number.NaN }],
    ['a site URL with a query', { siteUrl: 'https://bestpractice.schools.example/?x=1' }],
    ['a javascript: site URL', { siteUrl: 'javascript:alert(1)' }],
    ['a site URL that is not a URL', { siteUrl: 'bestpractice.schools.example' }],
  ])('refuses %s', (_name, change) => {
    expect(() => buildEmbedSnippet({ ...options, ...change })).toThrow();
    expect(() => buildPlainIframe({ ...options, ...change })).toThrow();
  });
});
