import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { searchIndexGlob } from '../lib/search/index-glob';

/**
 * Builds the Pagefind search index into dist/pagefind after every production build, so
 * `npm run build` alone gives a working search. Only pages that mark a `data-pagefind-body`
 * are indexed, which keeps embed pages and utility pages out; folders that hold only copies (the
 * embeds) are not even read, as Pagefind parses every file it is given.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const topLevel = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({
          name: entry.name,
          directory: entry.isDirectory(),
        }));
        const added = await index.addDirectory({ path: outDir, glob: searchIndexGlob(topLevel) });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
