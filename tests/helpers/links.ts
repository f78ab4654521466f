import { DIST, fileForPath, listPages, readPage } from '../../scripts/lib/dist';

/** Attributes that point at pages and files of the site, island code included. */
const SITE_ATTRIBUTES = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
  ['astro-island', 'component-url'],
  ['astro-island', 'renderer-url'],
] as const;

export interface LinkCheckOptions {
  /** The build to check. */
  dist?: string;
  /** The sub-folder it is built for: every address on the site must start with it. */
  base?: string;
}

/**
 * Every link, script, stylesheet, island, frame and form target on every page that does not
 * resolve to a file of the build (or to an id on the page it names), as "page -> target (why)".
 */
export function findBrokenLinks({ dist = DIST, base = '/' }: LinkCheckOptions = {}): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOn = (path: string) => {
    if (!ids.has(path))
      ids.set(
        path,
        new Set(
          readPage(path, dist)
            .querySelectorAll('[id]')
            .map((element) => element.id),
        ),
      );
    return ids.get(path) ?? new Set<string>();
  };
  const broken: string[] = [];
  for (const page of listPages(dist)) {
    const root = readPage(page, dist);
    const targets = SITE_ATTRIBUTES.flatMap(([tag, attribute]) =>
      root.querySelectorAll(`${tag}[${attribute}]`).map((element) => element.getAttribute(attribute) ?? ''),
    );
    for (const target of targets) {
      if (/^(https?:|mailto:|tel:|data:)/.test(target) || target.startsWith('//')) continue;
      const resolved = new URL(target, `https://site.test${base}${page.slice(1)}`);
      if (!resolved.pathname.startsWith(base)) {
        broken.push(`${page} -> ${target} (outside ${base})`);
        continue;
      }
      const path = `/${resolved.pathname.slice(base.length)}`;
      if (!fileForPath(path, dist)) {
        broken.push(`${page} -> ${target} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment && path.endsWith('/') && !idsOn(path).has(fragment))
        broken.push(`${page} -> ${target} (no #${fragment} there)`);
    }
  }
  return broken;
}
