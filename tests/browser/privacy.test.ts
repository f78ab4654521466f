import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listPages, sitemapPaths } from '../../scripts/lib/dist';
import { usePage, useSite } from '../helpers/session';

const site = useSite();

/** The localStorage key patterns the privacy page names, as regular expressions, read on a page of their own. */
async function keysNamedOnPrivacyPage(context: BrowserContext): Promise<RegExp[]> {
  const page = await context.newPage();
  await page.goto(`${site.server.origin}/privacy/`);
  const patterns = await page
    .getByRole('table', { name: /Local storage keys/ })
    .locator('tbody td:first-child')
    .allTextContents();
  await page.close();
  expect(patterns.length).toBeGreaterThan(0);
  return patterns.map(
    (pattern) => new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '.+')}$`),
  );
}

async function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage));
}

describe('every page keeps to the privacy page', () => {
  // After each test: no request to another origin, no CSP violation, no console error.
  const tab = usePage(site, { context: { acceptDownloads: true } });

  it('loads nothing from another origin, sets no cookie, and reports no CSP violation or error', async () => {
    const { context, page } = tab;
    const paths = [...sitemapPaths(), ...listPages().filter((path) => /^\/embed(-this)?\//.test(path))];
    for (const path of paths) {
      await page.goto(`${site.server.origin}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(await context.cookies()).toEqual([]);
  }, 180_000);

  it('a full journey (both assessments, search, export, the dashboard) stores only the keys the privacy page names', async () => {
    const { context, page } = tab;
    const named = await keysNamedOnPrivacyPage(context);

    await page.goto(`${site.server.origin}/assessments/cyber-security-checklist/`);
    await page.locator('.assessment[data-ready="true"]').waitFor();
    for (const radio of (await page.getByRole('radio', { name: 'Partly' }).all()).slice(0, 5)) await radio.check();
    await page.getByLabel(/School name/).fill('Oak Academy');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save answers as a file (for your trust)' }).click(),
    ]);
    const resultFile = await download.path();

    await page.goto(`${site.server.origin}/assessments/messaging-risk/`);
    await page.locator('.assessment[data-ready="true"]').waitFor();
    await page.getByRole('radio').nth(1).check();

    await page.goto(`${site.server.origin}/search/?q=backups`);
    await page
      .getByRole('status')
      .filter({ hasText: /results? for/ })
      .waitFor();

    await page.goto(`${site.server.origin}/trust-dashboard/`);
    await page.locator('input[type="file"]').first().setInputFiles(resultFile);
    await page.getByText('Oak Academy').first().waitFor();

    const keys = await storedKeys(page);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !named.some((pattern) => pattern.test(key)))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  }, 120_000);
});

describe('when the browser refuses storage (private browsing, storage turned off)', () => {
  // After each test: no console error, no CSP violation.
  const tab = usePage(site, { checks: ['errors', 'cspViolations'] });

  it.each(['/assessments/cyber-security-checklist/', '/assessments/messaging-risk/'])(
    '%s still runs, says answers cannot be saved, and keeps them on screen',
    async (path) => {
      const { context, page } = tab;
      await context.addInitScript(() => {
        const refuse = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
      });
      await page.goto(`${site.server.origin}${path}`);
      await page.locator('.assessment[data-ready="true"]').waitFor();
      await page
        .getByRole('alert')
        .filter({ hasText: /not letting this site save answers/ })
        .waitFor();
      const radio = page.getByRole('radio').nth(1);
      await radio.check();
      expect(await radio.isChecked()).toBe(true);
      await expect.poll(() => page.locator('.assessment-progress').textContent()).toMatch(/^1 of/);
      expect(await page.getByRole('heading', { name: 'Your results' }).isVisible()).toBe(true);
    },
  );
});
