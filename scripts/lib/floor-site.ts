import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkNodeModules, makeTempDir } from './project-copy';

// The least any Astro site must do with the same articles: load them as a content collection and
// render each one's MDX to a page of its own, with no layout, components, integrations or search.
const FILES: Record<string, string> = {
  'package.json': '{ "name": "bench-floor", "private": true, "type": "module" }\n',
  'astro.config.mjs': [
    "import mdx from '@astrojs/mdx';",
    "export default { integrations: [mdx()], markdown: { syntaxHighlight: false }, build: { format: 'directory' } };",
    '',
  ].join('\n'),
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
    '<Content />',
    '',
  ].join('\n'),
};

/**
 * A bare Astro project in a temporary folder, using this project's installed packages: the floor
 * that Astro itself sets for building the same articles. Its articles go in `content/articles`.
 */
export function createFloorSite(): string {
  const dir = makeTempDir('bench-floor');
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  linkNodeModules(dir);
  return dir;
}
