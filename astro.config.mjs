// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteSettings } from './src/integrations/site-settings.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { islandStyleInHead } from './src/integrations/island-style.ts';
import { articleEmbeds } from './src/integrations/article-embeds.ts';
import { quietKnownWarnings } from './src/integrations/quiet-known-warnings.ts';
import { concurrently } from './src/integrations/concurrently.ts';
import { gentleHeapGrowth } from './src/integrations/gentle-heap-growth.ts';
import { createAddresses } from './src/lib/site/addresses.ts';
import { findExampleValues } from './src/lib/site/example-values.ts';
import { reviewDatesByPath } from './src/lib/content/review-dates.ts';
import { readContentFiles } from './src/integrations/read-content-files.ts';
import { loadContent } from './src/lib/content-check/load.ts';
import { loadSiteConfig } from './src/lib/site/load-site.ts';
import { metaDirectives, scriptResources } from './src/lib/security/csp.ts';

const siteYamlPath = new URL('./content/site.yaml', import.meta.url);
// Read and validated once here; a mistake stops the build with the field named.
const siteConfig = loadSiteConfig(readFileSync(siteYamlPath, 'utf8'));

// SITE_URL lets a deploy (or a local audit) set the public address without editing site.yaml.
const site = process.env.SITE_URL || siteConfig.url;

// site.yaml ships with example values; a copy built with them gives embed codes and a contact that
// lead nowhere. `npm run build:release` (RELEASE_BUILD=1) refuses them; other builds warn.
const examples = findExampleValues({ ...siteConfig, url: site });
if (examples.length > 0) {
  const message = [
    'content/site.yaml still has example values:',
    ...examples.map((line) => `  - ${line}`),
    'Put your own address, email and phone number in content/site.yaml before you publish.',
  ].join('\n');
  if (process.env.RELEASE_BUILD) {
    const error = new Error(`Release build stopped. ${message}`);
    error.stack = error.message; // the lines are the message; a stack trace would bury them
    throw error;
  }
  console.warn(`\nWARNING: ${message}\n`);
}
// BASE_PATH serves the site from a sub-folder, e.g. /guidance-hub/ (a GitHub Pages project site);
// OUT_DIR lets the tests keep that build apart from dist/.
const addresses = createAddresses(process.env.BASE_PATH ?? '/');

// Every content file is read and parsed once, here: the content check (an integration, so that it
// stops the build with its own message) checks it, and the sitemap's lastmod for each article is
// the day it was last reviewed.
const content = loadContent(readContentFiles(new URL('.', import.meta.url).pathname));
const reviewed = reviewDatesByPath(content.model);

export default defineConfig({
  site,
  base: addresses.base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Shiki colours code with inline styles, which the CSP forbids; the guidance has no code.
  markdown: { syntaxHighlight: false },
  // Four pages rendered at a time: while one page's file is written, the next renders. At 1,000
  // articles (3,078 pages) rendering took 7.7–9.2 s against 12.6–14.3 s one at a time, with the
  // same peak memory (docs/build-cost.md); more than four saved nothing further.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Vite's own compiler (oxc) turns the islands' JSX into Preact calls, with the same options as
  // tsconfig.json; see the Preact integration below for why Babel no longer does.
  vite: {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      rolldownOptions: {
        output: {
          // Every island needs all of Preact (core, hooks, JSX runtime) and Astro's renderer for it.
          // One file instead of four: each file a browser fetches is compressed on its own, so four
          // small ones cost about 0.7 KB more gzipped on every island page than one.
          codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ }] },
        },
      },
    },
  },
  integrations: [
    gentleHeapGrowth(),
    quietKnownWarnings(),
    siteSettings(siteConfig, siteYamlPath),
    contentCheck(content),
    mdx(),
    // Only .tsx files hold JSX (`include` also tells the renderer which components are Preact's).
    // The integration always runs Babel, only to compile JSX, which oxc does (above) at a fraction of
    // the cost: `only: []` makes Babel skip every file. That saves about 3 s of CPU a build (measured
    // in docs/build-cost.md), and the built pages and scripts are byte-for-byte the same.
    preact({ include: [/\.tsx$/], babel: { only: [] } }),
    // Embeds and their embed codes are copies of pages that are in the sitemap already.
    sitemap({
      filter: (page) => !/^\/(embed|embed-this|oembed)\//.test(addresses.pathWithin(new URL(page).pathname) ?? ''),
      serialize: (item) => {
        const lastmod = reviewed.get(addresses.pathWithin(new URL(item.url).pathname) ?? '');
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    islandStyleInHead(),
    hostFiles(siteConfig),
    // Independent of each other, so run at once: the search index is built in Pagefind's own
    // process while the embeds are written here. Both read pages as finished by the steps above.
    concurrently('after-build', [
      articleEmbeds({
        siteName: siteConfig.name,
        articleHeight: siteConfig.embed.defaultHeight,
        titles: new Map([...content.model.articles].map(([id, article]) => [id, article.data.title])),
      }),
      pagefindIndex(),
    ]),
  ],
  security: {
    // The policy lives in src/lib/security/csp.ts, with the headers that complete it.
    csp: { directives: [...metaDirectives], scriptDirective: { resources: [...scriptResources] } },
  },
});
