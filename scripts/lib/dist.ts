import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The production build that the site and browser tests run against. */
export const DIST = join(process.cwd(), 'dist');

/** The same site built for a sub-folder by `npm run build:base`, and that sub-folder. */
export const DIST_BASE = join(process.cwd(), 'dist-base');
export const BASE_PATH = '/guidance-hub/';

/** Fails with the command to run when dist/ is missing; takes no argument, for `beforeAll(assertBuilt)`. */
export function assertBuilt(): void {
  requireBuild(DIST);
}

/**
 * Stops with the one thing to do when there is no build, rather than ENOENT from the first read.
 * Called by every reader below, since test files list pages while they are being collected.
 */
export function requireBuild(dist: string): void {
  if (!existsSync(join(dist, 'index.html'))) {
    const [folder, command] = dist === DIST_BASE ? ['dist-base/', 'npm run build:base'] : ['dist/', 'npm run build'];
    throw new Error(`${folder} has no index.html: run \`${command}\` first.`);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every file in dist/ (or another build), as site paths ("/guidance/a/index.html"). */
export function listFiles(dist: string = DIST): string[] {
  requireBuild(dist);
  return walk(dist).map((file) => `/${relative(dist, file).split(sep).join('/')}`);
}

/** Every HTML page, as the URL path it is served at within the site ("/guidance/a/"). */
export function listPages(dist: string = DIST): string[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/index\.html$/, ''));
}

/** The file that serves a URL path, or null when nothing does. `dist` lets scripts read another build. */
export function fileForPath(path: string, dist: string = DIST): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  const found = candidates
    .map((candidate) => join(dist, candidate))
    .find((file) => existsSync(file) && statSync(file).isFile());
  return found ?? null;
}

export function readText(path: string, dist: string = DIST): string {
  requireBuild(dist);
  const file = fileForPath(path, dist);
  if (!file) throw new Error(`${path} is not in ${dist}`);
  return readFileSync(file, 'utf8');
}

export function readPage(path: string, dist: string = DIST): HTMLElement {
  return parse(readText(path, dist));
}

/** Pages that the sitemap lists, as paths. */
export function sitemapPaths(): string[] {
  assertBuilt();
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}
