import { describe, expect, it } from 'vitest';
import { COLOUR_RULES, findViolations } from '../helpers/axe';
import { newContext } from '../helpers/browser';
import { listPages, sitemapPaths } from '../../scripts/lib/dist';
import { useSite } from '../helpers/session';

const site = useSite();
/** The embed-code page once its script has filled in the codes of an assessment. */
const FILLED_EMBED_CODES = '/embed-this/?page=assessments/cyber-security-checklist';

describe('every page passes axe (WCAG 2.2 A and AA)', () => {
  // The sitemap, plus the pages deliberately left out of it: embeds, the 404 and the embed-code page,
  // both as it is built and with the codes of a page filled in.
  const paths = [
    ...sitemapPaths(),
    ...listPages().filter((path) => /^\/embed(-this)?\//.test(path)),
    FILLED_EMBED_CODES,
    '/404.html',
  ];

  // Every check in the light scheme; in the dark one, only the checks that colours can change.
  it.each([
    ['light', undefined],
    ['dark', COLOUR_RULES],
  ] as const)(
    'in the %s colour scheme',
    async (colorScheme, rules) => {
      const context = await newContext(site.browser, { colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(`${site.server.origin}${path}`);
        if (path === FILLED_EMBED_CODES) await page.getByRole('heading', { level: 1, name: /^Embed “/ }).waitFor();
        // Islands that wake on load are checked awake: a page changing while axe runs gives false findings.
        await page.waitForFunction(() => document.querySelector('astro-island[ssr][client="load"]') === null);
        // The embed-code page previews an embed page in a frame; that page is checked on its own.
        const exclude = path.startsWith('/embed-this/') ? ['iframe'] : [];
        violations.push(...(await findViolations(page, { rules, exclude })).map((line) => `${path} ${line}`));
      }
      await context.close();
      expect(paths.length).toBeGreaterThan(10);
      expect(violations).toEqual([]);
    },
    // About 80 pages, embeds, cards and the embed-code page included: about 2 s a page for every check.
    420_000,
  );
});
