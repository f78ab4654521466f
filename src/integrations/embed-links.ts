import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLinksInNewTab } from '../lib/embed/new-tab-links';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/**
 * After the build, every link in /embed/ pages opens in a new tab. Doing it on the output covers
 * links from every component and from Markdown alike, without an `embedded` flag on each of them.
 */
export function embedLinks(): AstroIntegration {
  return {
    name: 'embed-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const embedDir = join(fileURLToPath(dir), 'embed');
        let files: string[] = [];
        try {
          files = htmlFiles(embedDir);
        } catch {
          return;
        }
        for (const file of files) writeFileSync(file, openLinksInNewTab(readFileSync(file, 'utf8')));
        logger.info(`links in ${files.length} embed pages open in a new tab`);
      },
    },
  };
}
