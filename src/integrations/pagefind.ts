import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close, type PagefindIndex } from 'pagefind';
import { indexableHtml } from '../lib/search/form-content.ts';
import { FORM_PAGE_FOLDERS, searchIndexGlob } from '../lib/search/index-glob.ts';

/**
 * Gives Pagefind each page under the form-page folders (the assessments) with its marked forms
 * read as content, so that their questions and section headings are found. Returns how many.
 */
async function addFormPages(index: PagefindIndex, outDir: string): Promise<number> {
  const pages = [...FORM_PAGE_FOLDERS]
    .filter((folder) => existsSync(join(outDir, folder)))
    .flatMap((folder) =>
      readdirSync(join(outDir, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.html'))
        .map((file) => join(folder, file)),
    );
  for (const sourcePath of pages) {
    const content = indexableHtml(readFileSync(join(outDir, sourcePath), 'utf8'));
    const added = await index.addHTMLFile({ sourcePath, content });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
  }
  return pages.length;
}

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
        const formPages = await addFormPages(index, outDir);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`search index: ${added.page_count + formPages} pages`);
      },
    },
  };
}
