import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hoistIslandStyle } from '../lib/build/island-style.ts';

/** After the build, moves the style Astro writes before the first island into the head (valid HTML). */
export function islandStyleInHead(): AstroIntegration {
  return {
    name: 'island-style-in-head',
    hooks: {
      'astro:build:done': ({ assets }) => {
        const pages = [...assets.values()].flat().map((url) => fileURLToPath(url));
        for (const file of pages.filter((path) => path.endsWith('.html'))) {
          const html = readFileSync(file, 'utf8');
          const hoisted = hoistIslandStyle(html);
          if (hoisted !== html) writeFileSync(file, hoisted);
        }
      },
    },
  };
}
