import { describe, expect, it } from 'vitest';
import { expectClean, usePage, useSite } from '../helpers/session';

const site = useSite();
// Only the search journey asserts that the page stayed clean.
const tab = usePage(site, { checks: [] });

describe('moving around by keyboard', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}/guidance/using-whatsapp-in-schools/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
    expect(focusedInMain).toBe(true);
  });
});

describe('search', () => {
  it('searching from the header finds the WhatsApp article and opens it, without leaving the site', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}/`);
    const pagefindBeforeSearch = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('pagefind')),
    );
    expect(pagefindBeforeSearch).toBe(false);
    const box = page.getByRole('searchbox', { name: 'Search guidance' });
    await box.fill('personal devices');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=personal\+devices/);
    const result = page.getByRole('link', { name: 'Using WhatsApp in schools', exact: false }).first();
    await result.waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/\d+ results? for “personal devices”/);
    await result.click();
    await page.waitForURL(/\/guidance\/using-whatsapp-in-schools\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/WhatsApp/);
    expectClean(tab);
  });

  it('filters narrow the results by area', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}/search/?q=staff`);
    await page
      .getByRole('status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    const before = await page.locator('#search-results > li').count();
    await page.getByText('Filter results').click();
    await page.getByRole('checkbox', { name: 'Subject access requests' }).check();
    await expect.poll(async () => page.locator('#search-results > li').count()).toBeLessThan(before);
    const urls = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url?.includes('subject-access'))).toBe(true);
  });
});
