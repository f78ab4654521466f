import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { DIST, fileForPath, readPage, readText } from './dist';

export interface Weight {
  raw: number;
  gzip: number;
}

/** Bytes as served, and gzipped at the level a static host would use. */
export const weigh = (text: string | Buffer): Weight => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const total = (weights: Weight[]): Weight => weights.reduce(add, { raw: 0, gzip: 0 });

// Static imports load with the module; dynamic import() waits for an interaction, so it is left out.
function staticImports(source: string, fromPath: string): string[] {
  const specifiers = [...source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  );
  return specifiers
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => new URL(s, `https://site.test${fromPath}`).pathname);
}

/**
 * Every JavaScript file a page loads before any interaction: scripts, islands, and their static
 * imports. `dist` defaults to the build the tests run against; scripts pass their own.
 */
export function initialScripts(pagePath: string, dist: string = DIST): string[] {
  const root = readPage(pagePath, dist);
  const entries = [
    ...root.querySelectorAll('script[src]').map((el) => el.getAttribute('src') ?? ''),
    ...root.querySelectorAll('link[rel="modulepreload"]').map((el) => el.getAttribute('href') ?? ''),
    ...root
      .querySelectorAll('astro-island')
      .flatMap((el) => [el.getAttribute('component-url') ?? '', el.getAttribute('renderer-url') ?? '']),
  ].filter(Boolean);
  const seen = new Set<string>();
  const queue = entries.map((entry) => new URL(entry, `https://site.test${pagePath}`).pathname);
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path) || !fileForPath(path, dist)) continue;
    seen.add(path);
    queue.push(...staticImports(readText(path, dist), path));
  }
  return [...seen];
}

/** Inline <script> bodies, which cost bytes too. */
function inlineScripts(pagePath: string, dist: string): string[] {
  return readPage(pagePath, dist)
    .querySelectorAll('script:not([src])')
    .filter((el) => !/json/.test(el.getAttribute('type') ?? ''))
    .map((el) => el.text);
}

export function javascriptWeight(pagePath: string, dist: string = DIST): Weight {
  const files = initialScripts(pagePath, dist).map((path) => weigh(readFileSync(fileForPath(path, dist) ?? '')));
  return total([...files, ...inlineScripts(pagePath, dist).map(weigh)]);
}

function linkedStylesheets(pagePath: string, dist: string): Weight[] {
  return readPage(pagePath, dist)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((el) =>
      weigh(readText(new URL(el.getAttribute('href') ?? '', `https://site.test${pagePath}`).pathname, dist)),
    );
}

/** The page's CSS alone: inlined <style> bodies plus linked stylesheets. */
export function cssWeight(pagePath: string, dist: string = DIST): Weight {
  const inline = readPage(pagePath, dist)
    .querySelectorAll('style')
    .map((el) => weigh(el.text));
  return total([...inline, ...linkedStylesheets(pagePath, dist)]);
}

/** The page's HTML (with its inlined CSS) plus any linked stylesheets. */
export function htmlAndCssWeight(pagePath: string, dist: string = DIST): Weight {
  return total([weigh(readText(pagePath, dist)), ...linkedStylesheets(pagePath, dist)]);
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
