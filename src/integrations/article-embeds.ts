import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleCard } from '../lib/build/article-card.ts';
import { embedCopy, readEmbedFrame } from '../lib/build/embed-copy.ts';
import { firstDifference } from '../lib/build/first-difference.ts';
import { oembedFileText, type OembedProvider } from '../lib/embed/oembed.ts';
import { createAddresses, type Addresses } from '../lib/site/addresses.ts';

/** What the oEmbed files need besides the built pages. */
export interface ArticleEmbedsOptions {
  /** The site's name, as the oEmbed provider. */
  siteName: string;
  /** The height of an article's embed frame, in pixels. */
  articleHeight: number;
  /** Each article's title by id, from its front matter. */
  titles: ReadonlyMap<string, string>;
}

/** One of the files every article has besides its page. */
interface ArticleFile {
  /** What it is, for messages. */
  name: string;
  /** Where article `id`'s file is, within the output folder. */
  path(id: string): string;
  /** Article `id`'s file, from its built page. */
  write(id: string, page: string): string;
}

const PAGE = 'index.html';
/** How many articles' files are written between two turns of the event loop. */
const ARTICLES_PER_TURN = 16;

/** The folders under `dir` that hold a page. */
function pageFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => existsSync(join(dir, name, PAGE)));
}

/** Where a page's file is within the output folder, from its address at the site's root. */
function fileOf(address: string): string {
  return address.endsWith('/') ? `${address.slice(1)}${PAGE}` : address.slice(1);
}

/** The files written for each article, set up from the pattern article's files as Astro rendered them. */
function articleFiles(
  pattern: string,
  read: (path: string) => string,
  to: Addresses,
  provider: OembedProvider,
  titles: ReadonlyMap<string, string>,
): ArticleFile[] {
  // Output files sit at their addresses without the base path.
  const atRoot = createAddresses('/');
  const copyPath = (id: string) => fileOf(atRoot.embed(`/guidance/${id}/`));
  const cardPath = (id: string) => fileOf(atRoot.page(`/embed/card/guidance/${id}/`));
  const patternHref = to.article(pattern);
  const frame = readEmbedFrame(read(copyPath(pattern)), patternHref);
  const card = { html: read(cardPath(pattern)), fullPageHref: patternHref };
  return [
    { name: 'embed copy', path: copyPath, write: (id, page) => embedCopy(page, frame, to.article(id)) },
    { name: 'card', path: cardPath, write: (id, page) => articleCard(page, card, to.article(id)) },
    {
      name: 'oEmbed file',
      path: (id) => fileOf(atRoot.oembed(`/guidance/${id}/`)),
      write: (id) => {
        const title = titles.get(id);
        if (title === undefined) throw new Error(`no article "${id}" was loaded`);
        return oembedFileText('guidance', id, title, provider);
      },
    },
  ];
}

/**
 * After the build, writes every article's embed copy, card and oEmbed file from its built page:
 * rendering them through Astro cost 3 to 5 s at 1,000 articles, the copy's MDX rendered a second
 * time. Astro renders two articles' (src/collections.ts): every file is written in the markup of
 * the first's, and the second's is written too and compared with Astro's, so a layout change the
 * transforms do not follow (a new field on the card, say) stops the build instead of shipping.
 * Runs after the island style is moved into the head, so a copy carries its page as finished.
 */
export function articleEmbeds(options: ArticleEmbedsOptions): AstroIntegration {
  let to: Addresses = createAddresses('/');
  let provider: OembedProvider = { name: options.siteName, url: '', articleHeight: options.articleHeight };
  return {
    name: 'article-embeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        to = createAddresses(config.base);
        provider = { ...provider, url: new URL(to.page('/'), config.site).href };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const articles = pageFolders(join(out, 'guidance'));
        if (articles.length === 0) return;
        // Astro renders two articles' (src/collections.ts): one is the pattern, the other the check.
        const rendered = pageFolders(join(out, 'embed', 'guidance'));
        const [pattern, check = pattern] = rendered;
        if (pattern === undefined || rendered.length > 2)
          throw new Error(`Expected Astro to render the embeds of two articles; it rendered ${rendered.length}`);
        const read = (path: string) => readFileSync(join(out, path), 'utf8');
        const files = articleFiles(pattern, read, to, provider, options.titles);
        // Article `id`'s files, its page read once for all three.
        const filesOf = (id: string) => {
          const page = read(`guidance/${id}/${PAGE}`);
          return files.map((file) => {
            try {
              return { file, text: file.write(id, page) };
            } catch (error) {
              throw new Error(`Could not write the ${file.name} of article "${id}": ${(error as Error).message}`);
            }
          });
        };
        for (const { file, text } of filesOf(check)) {
          const difference = firstDifference(text, read(file.path(check)));
          if (difference !== null)
            throw new Error(
              `The ${file.name} of article "${check}", written in the markup of "${pattern}"'s, is not the one Astro ` +
                `rendered: ${difference}. Update src/lib/build/ to follow the change to the layouts.`,
            );
        }
        // Files are written one after another on this thread, each folder made once. Many writes
        // in flight at once kept libuv's four threads creating files in the same folders, which
        // took longer and held up the search index built beside them (docs/build-cost.md). The
        // event loop gets a turn between batches, so that Pagefind's answers are read promptly.
        const made = new Set<string>();
        for (const [index, id] of articles.filter((name) => !rendered.includes(name)).entries()) {
          for (const { file, text } of filesOf(id)) {
            const path = join(out, file.path(id));
            const folder = dirname(path);
            if (!made.has(folder)) {
              mkdirSync(folder, { recursive: true });
              made.add(folder);
            }
            writeFileSync(path, text);
          }
          if ((index + 1) % ARTICLES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
        }
        logger.info(
          `wrote the embed copy, card and oEmbed file of ${articles.length - rendered.length} articles from their pages`,
        );
      },
    },
  };
}
