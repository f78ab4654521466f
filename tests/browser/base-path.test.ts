import { describe, expect, it } from 'vitest';
import { BASE_PATH, DIST_BASE } from '../../scripts/lib/dist';
import { buildResultFile, serializeResultFile } from '../../src/lib/results/result-file';
import { answerEvery } from '../helpers/answers';
import { loadDefinition } from '../helpers/definitions';
import { answerByKeyboard } from '../helpers/keyboard';
import { usePage, useSite } from '../helpers/session';

// The site as a GitHub Pages project site or a trust's sub-folder would serve it: only under
// /guidance-hub/, with nothing at the root of the domain.
const site = useSite({ dist: DIST_BASE, base: BASE_PATH });
const tab = usePage(site);

describe('the site served from a sub-folder', () => {
  it('search from the header finds an article in the sub-folder and opens it', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}${BASE_PATH}`);
    await page.getByRole('searchbox', { name: 'Search guidance' }).fill('WhatsApp');
    await page.getByRole('searchbox', { name: 'Search guidance' }).press('Enter');
    await page.waitForURL(`${site.server.origin}${BASE_PATH}search/?q=WhatsApp`);
    const result = page.locator('#search-results').getByRole('link', { name: 'Using WhatsApp in schools' });
    await result.waitFor();
    await result.click();
    await page.waitForURL(`${site.server.origin}${BASE_PATH}guidance/using-whatsapp-in-schools/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Using WhatsApp in schools/);
  });

  it('a section found by search links to its heading in the sub-folder', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}${BASE_PATH}search/?q=backup`);
    const section = page.locator('#search-results').getByRole('link', { name: 'Backups and recovery' });
    await section.click();
    await page.waitForURL(
      `${site.server.origin}${BASE_PATH}assessments/cyber-security-checklist/#cyber-security-checklist-backups-and-recovery-heading`,
    );
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Information & Cyber Security checklist');
  });

  it('an assessment saves its answers and scores them', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}${BASE_PATH}assessments/cyber-security-checklist/`);
    await page.locator('.assessment[data-ready="true"]').waitFor();
    await answerByKeyboard(page, () => 'Yes');
    // Yes to every question scores every weight: 100 out of 100, in the Good band (from 80).
    const headline = page.locator('.result-headline');
    expect(await headline.textContent()).toContain('Score: 100 out of 100');
    expect(await headline.textContent()).toContain('Rating: Good');
    await page.reload();
    await page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await page.locator('.result-headline').textContent()).toContain('Score: 100 out of 100');
  }, 120_000);

  it('the trust dashboard fetches its definitions from the sub-folder and scores a file', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}${BASE_PATH}trust-dashboard/`);
    await page.locator('.dashboard[data-ready="true"]').waitFor();
    const definition = loadDefinition('cyber-security-checklist');
    const text = serializeResultFile(
      buildResultFile({
        assessmentId: 'cyber-security-checklist',
        definition,
        answers: answerEvery(definition, 'yes'),
        school: 'Oak Academy',
        savedAt: new Date('2026-11-20T09:00:00.000Z'),
      }),
    );
    await page
      .getByLabel('Choose result files')
      .setInputFiles({ name: 'oak.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toBe('1 file loaded.');
    // Yes to every question scores every weight: 100, Good (from 80).
    const row = page.getByRole('row', { name: /Oak Academy/ });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('100');
    expect(await row.getByRole('cell').nth(2).textContent()).toContain('Good');
  });

  it('the embed-code page fills in the codes of the page it was opened from, in the sub-folder', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}${BASE_PATH}guidance/when-staff-leave/`);
    await page.getByRole('link', { name: 'Embed this in your own website or intranet' }).click();
    await page.waitForURL(`${site.server.origin}${BASE_PATH}embed-this/?page=guidance/when-staff-leave`);
    await page.getByRole('heading', { level: 1, name: /^Embed “When staff leave/ }).waitFor();
    const code = await page.getByRole('textbox', { name: 'Snippet with automatic height' }).inputValue();
    expect(code).toContain('/guidance-hub/embed/guidance/when-staff-leave/"');
    expect(code).toContain('/guidance-hub/embed.js"');
    expect(await page.getByTitle(/^Card preview: /).getAttribute('src')).toBe(
      `${BASE_PATH}embed/card/guidance/when-staff-leave/`,
    );
  });
});
