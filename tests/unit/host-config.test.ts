import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatNginx, formatStaticWebAppConfig, formatWebConfig } from '../../src/lib/hosting/formats';
import { hostSections } from '../../src/lib/hosting/sections';

const sections = hostSections(['https://intranet.trust.example']);
const SITE_CSP = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
const EMBED_CSP =
  "frame-ancestors https://intranet.trust.example; object-src 'none'; base-uri 'self'; form-action 'self'";

interface SwaRoute {
  route: string;
  headers: Record<string, string>;
}

describe('Azure Static Web Apps config', () => {
  const config = JSON.parse(formatStaticWebAppConfig({ sections, base: '/' })) as {
    routes: SwaRoute[];
    responseOverrides: Record<string, { rewrite: string }>;
    mimeTypes: Record<string, string>;
  };
  const route = (path: string) => config.routes.find((r) => r.route === path)?.headers ?? {};

  it('matches the specific sections before the catch-all, which comes last', () => {
    expect(config.routes.map((r) => r.route)).toEqual(['/embed/*', '/oembed/*', '/_astro/*', '/*']);
  });

  it('lets only the allow-list frame embeds, and only the site frame the rest', () => {
    expect(route('/embed/*')['Content-Security-Policy']).toBe(EMBED_CSP);
    expect(route('/embed/*')['X-Frame-Options']).toBeUndefined();
    expect(route('/*')['Content-Security-Policy']).toBe(SITE_CSP);
    expect(route('/*')['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(route('/*')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('caches hashed assets for a year, opens oEmbed files to other origins, and shows the 404 page', () => {
    expect(route('/_astro/*')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(route('/oembed/*')['Access-Control-Allow-Origin']).toBe('*');
    expect(config.responseOverrides['404']).toEqual({ rewrite: '/404.html' });
    expect(config.mimeTypes['.pf_fragment']).toBe('application/octet-stream');
  });

  it('puts every route in the sub-folder when there is one', () => {
    const sub = JSON.parse(formatStaticWebAppConfig({ sections, base: '/guidance-hub/' })) as typeof config;
    expect(sub.routes.map((r) => r.route)).toEqual([
      '/guidance-hub/embed/*',
      '/guidance-hub/oembed/*',
      '/guidance-hub/_astro/*',
      '/guidance-hub/*',
    ]);
    expect(sub.responseOverrides['404']).toEqual({ rewrite: '/guidance-hub/404.html' });
  });
});

describe('IIS web.config', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  type Node = Record<string, Node[] | string>;
  const xml = parser.parse(formatWebConfig({ sections, base: '/' })) as Node;
  const first = (node: Node, ...path: string[]): Node =>
    path.reduce((at, key) => (at[key] as Node[] | undefined)?.[0] ?? {}, node);
  const configuration = first(xml, 'configuration');
  const root = first(configuration, 'system.webServer');
  const location = (path: string) =>
    ((configuration.location as Node[]).find((node) => node.path === path) ?? {}) as Node;
  const added = (node: Node) =>
    Object.fromEntries(
      ((first(node, 'httpProtocol', 'customHeaders').add as Node[] | undefined) ?? []).map((a) => [a.name, a.value]),
    );
  const removed = (node: Node) =>
    ((first(node, 'httpProtocol', 'customHeaders').remove as Node[] | undefined) ?? []).map((r) => r.name);

  it('gives IIS a type for each of Pagefind’s files, without which search answers 404', () => {
    const maps = (first(root, 'staticContent').mimeMap as Node[]).map((m) => m.fileExtension);
    expect(maps).toEqual(
      expect.arrayContaining(['.pagefind', '.pf_filter', '.pf_fragment', '.pf_index', '.pf_meta', '.wasm']),
    );
    // Removed first, so a server that already knows a type does not fail on a duplicate.
    expect((first(root, 'staticContent').remove as Node[]).map((m) => m.fileExtension)).toEqual(maps);
  });

  it('sends the site headers everywhere and lets only the allow-list frame /embed/', () => {
    expect(added(root)).toMatchObject({ 'Content-Security-Policy': SITE_CSP, 'X-Frame-Options': 'SAMEORIGIN' });
    const embed = first(location('embed'), 'system.webServer');
    expect(removed(embed).sort()).toEqual(['Content-Security-Policy', 'X-Frame-Options']);
    expect(added(embed)).toEqual({ 'Content-Security-Policy': EMBED_CSP });
    expect(added(first(location('oembed'), 'system.webServer'))).toEqual({ 'Access-Control-Allow-Origin': '*' });
  });

  it('caches /_astro/ for a year as immutable, and serves the 404 page', () => {
    const cache = first(location('_astro'), 'system.webServer', 'staticContent', 'clientCache');
    expect(cache).toMatchObject({ cacheControlMaxAge: '365.00:00:00', cacheControlCustom: 'public, immutable' });
    expect(first(root, 'httpErrors', 'error')).toMatchObject({ statusCode: '404', path: '/404.html' });
  });
});

describe('nginx snippet', () => {
  const text = formatNginx({ sections, base: '/guidance-hub/' });
  const blocks = Object.fromEntries(
    [...text.matchAll(/location \^~ (\S+) \{\n([^}]*)\}/g)].map(([, path, body]) => [
      path,
      Object.fromEntries([...(body ?? '').matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, n, v]) => [n, v])),
    ]),
  );

  it('has a complete set of headers per location, in the sub-folder', () => {
    expect(Object.keys(blocks)).toEqual([
      '/guidance-hub/embed/',
      '/guidance-hub/oembed/',
      '/guidance-hub/_astro/',
      '/guidance-hub/',
    ]);
    expect(blocks['/guidance-hub/']).toMatchObject({
      'Content-Security-Policy': SITE_CSP,
      'X-Frame-Options': 'SAMEORIGIN',
    });
    expect(blocks['/guidance-hub/embed/']?.['Content-Security-Policy']).toBe(EMBED_CSP);
    expect(blocks['/guidance-hub/embed/']?.['X-Frame-Options']).toBeUndefined();
    expect(blocks['/guidance-hub/embed/']?.['Strict-Transport-Security']).toMatch(/^max-age=/);
    expect(blocks['/guidance-hub/_astro/']?.['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(text).toContain('error_page 404 /guidance-hub/404.html;');
  });
});
