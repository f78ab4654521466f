import { describe, expect, it } from 'vitest';
import { findViolations } from '../helpers/axe';
import { newContext } from '../helpers/browser';
import { usePage, useSite } from '../helpers/session';

const site = useSite();
const tab = usePage(site);

const CHECKLIST = '/assessments/cyber-security-checklist/';

async function search(term: string): Promise<void> {
  const { page } = tab;
  await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(term)}`);
  await page
    .getByRole('status')
    .filter({ hasText: `for “${term}”` })
    .waitFor();
}

describe('search results', () => {
  it('"backup" finds the cyber checklist’s backups section, and its link goes to that heading', async () => {
    const { page } = tab;
    await search('backup');
    const result = page.locator('#search-results > li').filter({
      has: page.getByRole('link', { name: 'Information & Cyber Security checklist' }),
    });
    // The section in content/assessments/cyber-security-checklist.yaml whose questions are about backups.
    const section = result.getByRole('list', { name: 'Sections of Information & Cyber Security checklist' });
    const link = section.getByRole('link', { name: 'Backups and recovery' });
    expect(await link.getAttribute('href')).toBe(`${CHECKLIST}#cyber-security-checklist-backups-and-recovery-heading`);
    await link.click();
    await page.waitForURL(`${site.server.origin}${CHECKLIST}#cyber-security-checklist-backups-and-recovery-heading`);
    const heading = page.getByRole('heading', { level: 2, name: 'Backups and recovery' });
    await expect
      .poll(() =>
        heading.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight),
      )
      .toBe(true);
  });

  it('an article’s sections link to their headings', async () => {
    const { page } = tab;
    await search('backup');
    const links = page.locator('.search-sections a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const [path, id] = href.split('#');
      expect(id, href).toBeTruthy();
      await page.goto(`${site.server.origin}${href}`);
      expect(page.url()).toBe(`${site.server.origin}${path}#${id}`);
      expect(await page.locator(`[id="${id}"]`).evaluate((el) => /^H[1-6]$/.test(el.tagName)), href).toBe(true);
    }
  });

  it('lists 20 results while the count says more, and "Show more results" lists the rest and moves focus to them', async () => {
    const { page } = tab;
    // "school" is in more than 20 of the 34 indexed pages (the articles, areas and assessments).
    await search('school');
    const status = page.getByRole('status');
    const total = Number(
      (await status.textContent())?.match(/^(\d+) results for “school”\. Showing the first 20\.$/)?.[1],
    );
    expect(total).toBeGreaterThan(20);
    const items = page.locator('#search-results > li');
    expect(await items.count()).toBe(20);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBe(total);
    expect(await status.textContent()).toBe(`${total} results for “school”.`);
    expect(await more.isVisible()).toBe(false);
    // Focus is on the first of the new results, the 21st.
    expect(
      await items
        .nth(20)
        .locator('h2 a')
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
  });

  it('filters show how many results carry each value, for the current query', async () => {
    const { page } = tab;
    await search('backup');
    await page.getByText('Filter results').click();
    // Pages whose indexed text has "backup": the cyber checklist (the only assessment) and seven
    // articles (choosing a communication tool, choosing suppliers, cyber security essentials, the
    // governors' role, records retention, reporting fraud, using WhatsApp); no subject access page.
    const box = (name: string) => page.getByRole('checkbox', { name, exact: true });
    await box('Assessment (1)').waitFor();
    await box('Guidance (7)').waitFor();
    await box('Subject access requests (0)').waitFor();
    await page.getByRole('searchbox', { name: 'Search the guidance and self-assessments' }).fill('WhatsApp');
    // "WhatsApp" is in the messaging risk self-assessment and the data protection checklist, in
    // twelve articles, and in the subject access requests article.
    await box('Assessment (2)').waitFor();
    await box('Guidance (12)').waitFor();
    await box('Subject access requests (1)').waitFor();
  });

  // The site-wide axe run sees the search page before any search; this checks it with results,
  // sections, filter counts and the "Show more results" button on it.
  it('passes axe with results, sections and filter counts shown', async () => {
    const { page } = tab;
    await search('school');
    await page.getByText('Filter results').click();
    await page.locator('.search-sections a').first().waitFor();
    expect(await findViolations(page)).toEqual([]);
  });
});

describe('the search page without JavaScript', () => {
  it('says that search needs JavaScript and where to browse instead', async () => {
    const plain = await newContext(site.browser, { javaScriptEnabled: false });
    const page = await plain.newPage();
    await page.goto(`${site.server.origin}/search/?q=backup`);
    // Playwright's text search skips <noscript>, so the message is read from the status line.
    const status = page.getByRole('status');
    expect(await status.isVisible()).toBe(true);
    expect(await status.textContent()).toMatch(/^Search needs JavaScript\. You can browse the guidance/);
    expect(await page.getByRole('link', { name: 'home page' }).getAttribute('href')).toBe('/');
    expect(await page.getByRole('button', { name: 'Show more results' }).count()).toBe(0);
    await plain.close();
  });
});
