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

  // In the dark scheme only colours change, and an article's embed copy and every card are drawn by
  // the same style sheets as a page checked already: the article itself, or one of each kind. So the
  // dark pass checks one embed copy (the article with the most components) and one card per section.
  const SAMPLED_IN_DARK = /^\/embed\/(guidance|card\/guidance|card\/assessments)\//;
  const DARK_SAMPLES = [
    '/embed/guidance/using-whatsapp-in-schools/',
    '/embed/card/guidance/using-whatsapp-in-schools/',
    '/embed/card/assessments/messaging-risk/',
  ];
  const darkPaths = paths.filter((path) => !SAMPLED_IN_DARK.test(path) || DARK_SAMPLES.includes(path));

  // Every check in the light scheme on every page; in the dark one, only the checks that colours can change.
  it.each([
    ['light', undefined, paths],
    ['dark', COLOUR_RULES, darkPaths],
  ] as const)(
    'in the %s colour scheme',
    async (colorScheme, rules, checked) => {
      const context = await newContext(site.browser, { colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of checked) {
        await page.goto(`${site.server.origin}${path}`);
        if (path === FILLED_EMBED_CODES) await page.getByRole('heading', { level: 1, name: /^Embed “/ }).waitFor();
        // Islands that wake on load are checked awake: a page changing while axe runs gives false findings.
        await page.waitForFunction(() => document.querySelector('astro-island[ssr][client="load"]') === null);
        // The embed-code page previews an embed page in a frame; that page is checked on its own.
        const exclude = path.startsWith('/embed-this/') ? ['iframe'] : [];
        violations.push(...(await findViolations(page, { rules, exclude })).map((line) => `${path} ${line}`));
      }
      await context.close();
      expect(checked.length).toBeGreaterThan(10);
      // The samples are real pages: a renamed article or card would otherwise drop out of the dark pass.
      for (const sample of DARK_SAMPLES) expect(paths).toContain(sample);
      expect(violations).toEqual([]);
    },
    // About 80 pages, embeds, cards and the embed-code page included: about 2 s a page for every check.
    420_000,
  );
});
