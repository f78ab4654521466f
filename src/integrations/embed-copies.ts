import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedCopy, firstDifference, readEmbedFrame } from '../lib/build/embed-copy.ts';
import { createAddresses, type Addresses } from '../lib/site/addresses.ts';

const PAGE = 'index.html';

/** The folders under `dir` that hold a page. */
function pageFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => existsSync(join(dir, name, PAGE)));
}

/**
 * After the build, writes every article's embed copy from its rendered page, in the frame of the
 * one copy Astro rendered (src/lib/build/embed-copy.ts): rendering each article's MDX a second time
 * cost 2 to 4 s at 1,000 articles. It first writes the pattern's own copy the same way and stops
 * the build if that differs from Astro's. Runs after the island style is moved into the head, so a
 * copy carries its page as finished.
 */
export function embedCopies(): AstroIntegration {
  let addresses: Addresses = createAddresses('/');
  return {
    name: 'embed-copies',
    hooks: {
      'astro:config:done': ({ config }) => {
        addresses = createAddresses(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const articles = pageFolders(join(out, 'guidance'));
        if (articles.length === 0) return;
        const copies = join(out, 'embed', 'guidance');
        const [pattern, ...others] = pageFolders(copies);
        if (pattern === undefined || others.length > 0)
          throw new Error(
            `Expected Astro to render exactly one article embed copy in ${copies}, the pattern for the rest`,
          );
        const rendered = readFileSync(join(copies, pattern, PAGE), 'utf8');
        const frame = readEmbedFrame(rendered, addresses.article(pattern));
        const copyOf = (id: string) => {
          const page = join(out, 'guidance', id, PAGE);
          try {
            return embedCopy(readFileSync(page, 'utf8'), frame, addresses.article(id));
          } catch (error) {
            throw new Error(`Could not write the embed copy of ${page}: ${(error as Error).message}`);
          }
        };
        const difference = firstDifference(copyOf(pattern), rendered);
        if (difference !== null)
          throw new Error(
            `The embed copy written from ${pattern}'s page is not the one Astro rendered with EmbedLayout: ${difference}. ` +
              'Update src/lib/build/embed-copy.ts to follow the change to the layouts.',
          );
        for (const id of articles.filter((name) => name !== pattern)) {
          mkdirSync(join(copies, id), { recursive: true });
          writeFileSync(join(copies, id, PAGE), copyOf(id));
        }
        logger.info(`wrote ${articles.length - 1} article embed copies from their pages`);
      },
    },
  };
}
