import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkNodeModules, makeTempDir } from './project-copy';

// The least any Astro site must do with the same articles: load them as a content collection and
// render each one's MDX to a page of its own, with no layout, components, integrations or search.
const CONFIG = [
  "import mdx from '@astrojs/mdx';",
  "export default { integrations: [mdx()], markdown: { syntaxHighlight: false }, build: { format: 'directory' } };",
  '',
].join('\n');

// The same, with the search index every guidance site has: Pagefind over every page, in the same
// hook and through the same Node API as ours, so that its own process is counted the same way.
const CONFIG_WITH_SEARCH = [
  "import mdx from '@astrojs/mdx';",
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
  "export default { integrations: [mdx(), search], markdown: { syntaxHighlight: false }, build: { format: 'directory' } };",
  '',
].join('\n');

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
  const files = { ...FILES, 'astro.config.mjs': search ? CONFIG_WITH_SEARCH : CONFIG };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  linkNodeModules(dir);
  return dir;
}
