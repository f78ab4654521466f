import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/site/load-site';
import { buildThemeCss } from '../../src/lib/site/theme';

const real = readFileSync('content/site.yaml', 'utf8');

describe('site.yaml', () => {
  it('the real file loads, with the default name and a DPO contact', () => {
    const site = loadSiteConfig(real);
    expect(site.name).toBe('Best Practice for Schools');
    expect(site.contact.email).toMatch(/@/);
    expect(site.embed.allowedOrigins).toEqual(['https:']);
  });

  it('names the file, the field and the reason for a bad value', () => {
    const broken = real.replace('accent: "#1d4e89"', 'accent: "blue"');
    expect(() => loadSiteConfig(broken)).toThrow(
      'content/site.yaml: colours.light.accent: must be a colour written #rrggbb',
    );
  });

  it('refuses an embed origin that is not https', () => {
    const broken = real.replace('- "https:"', '- "http://intranet.example"');
    expect(() => loadSiteConfig(broken)).toThrow(/embed\.allowedOrigins\.0: must be "https:" or an https origin/);
  });
});

describe('theme', () => {
  it('turns site colours into custom properties, with a dark scheme', () => {
    const palette = { accent: '#112233', onAccent: '#ffffff', background: '#ffffff', text: '#000000' };
    const css = buildThemeCss({ light: palette, dark: { ...palette, accent: '#aabbcc' } }, 'https://example.org/');
    expect(css).toContain(':root { color-scheme: light dark; --accent: #112233;');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{ :root \{ --accent: #aabbcc;/);
  });

  it('gives printed links the origin of the address the site is built for, without its base path', () => {
    const palette = { accent: '#112233', onAccent: '#ffffff', background: '#ffffff', text: '#000000' };
    const css = buildThemeCss({ light: palette, dark: palette }, 'https://trust.example.org:8443/guidance-hub/');
    expect(css).toContain('--site-origin: "https://trust.example.org:8443";');
  });
});
