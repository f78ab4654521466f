import { describe, expect, it } from 'vitest';
import { buildHeaderRules, COMMON_HEADERS, formatHeadersFile } from '../../src/lib/security/headers';
import { matchesHeaderPath } from '../helpers/header-path';
import { buildSecurityTxt } from '../../src/lib/security/security-txt';

const rules = buildHeaderRules({
  topLevel: ['embed', 'guidance', 'index.html', '_astro', '.well-known', 'rss.xml'],
  embedAncestors: ['https://intranet.trust.example', 'https://sites.google.com'],
});
const cspRulesFor = (path: string) =>
  rules.filter(
    (rule) => matchesHeaderPath(rule.path, path) && rule.headers.some(([name]) => name === 'Content-Security-Policy'),
  );

describe('_headers rules', () => {
  it('give every path the common security headers', () => {
    expect(rules[0]).toEqual({ path: '/*', headers: COMMON_HEADERS });
    expect(COMMON_HEADERS.map(([name]) => name)).toEqual([
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Strict-Transport-Security',
    ]);
  });

  it.each(['/', '/guidance/a/', '/index.html', '/rss.xml', '/embed/guidance/a/'])(
    'apply exactly one CSP to %s',
    (path) => {
      expect(cspRulesFor(path)).toHaveLength(1);
    },
  );

  it("let only the site frame its pages, and the trust's allow-list frame embeds", () => {
    expect(cspRulesFor('/guidance/a/')[0]?.headers[0]?.[1]).toMatch(/^frame-ancestors 'self';/);
    expect(cspRulesFor('/embed/assessments/x/')[0]?.headers[0]?.[1]).toMatch(
      /^frame-ancestors https:\/\/intranet\.trust\.example https:\/\/sites\.google\.com;/,
    );
  });

  it('never set script-src, which would override the per-page hashes in the meta CSP', () => {
    expect(formatHeadersFile(rules)).not.toMatch(/script-src/);
  });

  it('format as the Netlify and Cloudflare Pages file', () => {
    expect(formatHeadersFile([{ path: '/a/*', headers: [['X-One', '1']] }])).toMatch(/\n\/a\/\*\n {2}X-One: 1\n$/);
  });
});

describe('path patterns', () => {
  it.each([
    ['/*', '/anything/at/all', true],
    ['/embed/*', '/embed/guidance/a/', true],
    ['/embed/*', '/embed-this/guidance/a/', false],
    ['/', '/', true],
    ['/', '/guidance/', false],
    ['/rss.xml', '/rssaxml', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(matchesHeaderPath(pattern, path)).toBe(expected);
  });
});

describe('security.txt', () => {
  it('names the contact, expires a year after the build and gives its canonical address', () => {
    expect(
      buildSecurityTxt({ email: 'dpo@school.example', siteUrl: 'https://site.example/', builtOn: '2026-11-25' }),
    ).toBe(
      'Contact: mailto:dpo@school.example\nExpires: 2027-11-25T00:00:00.000Z\nPreferred-Languages: en\nCanonical: https://site.example/.well-known/security.txt\n',
    );
  });
});

describe('a site in a sub-folder', () => {
  const sub = buildHeaderRules({
    topLevel: ['embed', 'guidance', 'index.html'],
    embedAncestors: ['https:'],
    base: '/guidance-hub/',
  });

  it('gets its header rules under the sub-folder', () => {
    expect(sub.map((rule) => rule.path)).toEqual([
      '/guidance-hub/*',
      '/guidance-hub/',
      '/guidance-hub/guidance/*',
      '/guidance-hub/index.html',
      '/guidance-hub/embed/*',
      '/guidance-hub/oembed/*',
      '/guidance-hub/_astro/*',
    ]);
  });

  it('names the security.txt it publishes as canonical', () => {
    const text = buildSecurityTxt({
      email: 'dpo@trust.example',
      siteUrl: 'https://trust.example/guidance-hub/',
      builtOn: '2026-11-29',
    });
    expect(text).toContain('Canonical: https://trust.example/guidance-hub/.well-known/security.txt\n');
  });
});
