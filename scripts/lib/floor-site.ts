import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkNodeModules, makeTempDir } from './project-copy';

// With `search`, the floor also has the index every guidance site has: Pagefind over every page, in
// the same hook and through the same Node API as ours, so that its own process is counted the same way.
const SEARCH_INTEGRATION = [
  "import { fileURLToPath } from 'node:url';",
  "import { close, createIndex } from 'pagefind';",
  'const search = {',
  "  name: 'search',",
  '  hooks: {',
  "    'astro:build:done': async ({ dir }) => {",
  '      const { index } = await createIndex({});',
  '      await index.addDirectory({ path: fileURLToPath(dir) });',
  "      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });",
  '      await close();',
  '    },',
  '  },',
  '};',
];

/** The floor's astro.config.mjs: MDX alone, or MDX and the search index. */
function floorConfig(search: boolean): string {
  const integrations = search ? 'mdx(), search' : 'mdx()';
  return [
    "import mdx from '@astrojs/mdx';",
    ...(search ? SEARCH_INTEGRATION : []),
    `export default { integrations: [${integrations}], markdown: { syntaxHighlight: false }, build: { format: 'directory' } };`,
    '',
  ].join('\n');
}

// The least any Astro site must do with the same articles: load them as a content collection and
// render each one's MDX to a page of its own, with no layout, components, integrations or search.
const FILES: Record<string, string> = {
  'package.json': '{ "name": "bench-floor", "private": true, "type": "module" }\n',
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }) }) };",
    '',
  ].join('\n'),
  'src/pages/guidance/[article].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    'export async function getStaticPaths() {',
    "  return (await getCollection('articles')).map((entry) => ({ params: { article: entry.id }, props: { entry } }));",
    '}',
    'const { Content } = await render(Astro.props.entry);',
    '---',
    // A whole document, as the least a page needs: Pagefind indexes only pages with a body.
    '<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>',
    '',
  ].join('\n'),
};

/**
 * A bare Astro project in a temporary folder, using this project's installed packages: the floor
 * that Astro itself sets for building the same articles, and with `search` the floor for a site
 * that can also be searched. Its articles go in `content/articles`.
 */
export function createFloorSite(search: boolean): string {
  const dir = makeTempDir(search ? 'bench-floor-search' : 'bench-floor');
  const files = { ...FILES, 'astro.config.mjs': floorConfig(search) };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  linkNodeModules(dir);
  return dir;
}
