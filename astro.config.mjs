// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteTheme } from './src/integrations/theme.ts';
import { embedLinks } from './src/integrations/embed-links.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { loadSiteConfig } from './src/lib/site/load-site.ts';

const siteYamlPath = new URL('./content/site.yaml', import.meta.url);
// Read and validated once here; a mistake stops the build with the field named.
const siteConfig = loadSiteConfig(readFileSync(siteYamlPath, 'utf8'));

// SITE_URL lets a deploy (or a local audit) set the public address without editing site.yaml.
const site = process.env.SITE_URL ?? siteConfig.url;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Shiki colours code with inline styles, which the CSP forbids; the guidance has no code.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: { plugins: [siteTheme(siteYamlPath.pathname)] },
  integrations: [
    contentCheck(),
    mdx(),
    // Only .tsx files hold JSX. By default the Preact plugin runs Babel over every .ts file too, for
    // nothing: about 120 modules a build, a few seconds of CPU; the output is byte-for-byte the same.
    preact({ include: [/\.tsx$/] }),
    // Embeds and their embed codes are copies of pages that are in the sitemap already.
    sitemap({ filter: (page) => !/^\/(embed|embed-this|oembed)\//.test(new URL(page).pathname) }),
    embedLinks(),
    hostFiles(siteConfig),
    pagefindIndex(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
