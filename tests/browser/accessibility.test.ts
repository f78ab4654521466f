import { describe, expect, it } from 'vitest';
import { findViolations } from '../helpers/axe';
import { newContext } from '../helpers/browser';
import { listPages, sitemapPaths } from '../../scripts/lib/dist';
import { useSite } from '../helpers/session';

const site = useSite();

describe('every page passes axe (WCAG 2.2 A and AA)', () => {
  // The sitemap, plus the pages deliberately left out of it: embeds, embed codes and the 404.
  const paths = [...sitemapPaths(), ...listPages().filter((path) => /^\/embed(-this)?\//.test(path)), '/404.html'];

  it.each(['light', 'dark'] as const)(
    'in the %s colour scheme',
    async (colorScheme) => {
      const context = await newContext(site.browser, { colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(`${site.server.origin}${path}`);
        violations.push(...(await findViolations(page)).map((line) => `${path} ${line}`));
      }
      await context.close();
      expect(paths.length).toBeGreaterThan(10);
      expect(violations).toEqual([]);
    },
    // About 50 pages, card embeds included; a busy two-core machine takes about 6 s a page.
    420_000,
  );
});
