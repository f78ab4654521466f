import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatUkDate } from '../../src/lib/dates/format';
import { todayInUk } from '../../src/lib/dates/iso-date';
import { COLOUR_RULES, findViolations } from '../helpers/axe';
import { loadDefinition } from '../helpers/definitions';
import { usePage, useSite } from '../helpers/session';

const ID = 'cyber-security-checklist';
const PATH = `/assessments/${ID}/`;
const definition = loadDefinition(ID);
const questions = definition.sections.flatMap((section): readonly { text: string }[] => section.questions);

const site = useSite();
const tab = usePage(site, { context: { acceptDownloads: true } });

async function open(): Promise<void> {
  await tab.page.goto(`${site.server.origin}${PATH}`);
  await tab.page.locator('.assessment[data-ready="true"]').waitFor();
}

const answer = (on: Page, n: number, label: string) =>
  on
    .getByRole('group', { name: questions[n]?.text ?? '' })
    .getByRole('radio', { name: label, exact: true })
    .check();

/** The leadership section answered Yes, Yes, Partly, No, for Oak Academy. */
async function answerLeadership(): Promise<void> {
  await open();
  for (const [n, label] of ['Yes', 'Yes', 'Partly', 'No'].entries()) await answer(tab.page, n, label);
  await tab.page.getByLabel('School name (optional)').fill('Oak Academy');
}

const bodyText = () => tab.page.evaluate(() => document.body.innerText);
const top = async (on: Page, text: string) => (await on.getByText(text, { exact: true }).boundingBox())?.y ?? NaN;

describe('printing (or saving as a PDF) a checklist', () => {
  it('gives a report: cover lines, score and rating, section chart, action plan, then every answer', async () => {
    await answerLeadership();
    await tab.page.emulateMedia({ media: 'print' });
    const text = await bodyText();
    // The definition's updated date is 2026-11-30; the report is printed today.
    expect(text).toContain('Self-assessment report for Oak Academy');
    expect(text).toContain(
      `Information & Cyber Security checklist. Checklist updated 30 November 2026. Printed ${formatUkDate(todayInUk())}.`,
    );
    // Leadership weights 2, 2, 1, 3 answered Yes, Yes, Partly, No: (2 + 2 + 0.5) / 8 = 56.25, so 56,
    // Needs improvement (50 to 79). The other sections are unanswered.
    expect(text).toContain('Score: 56 out of 100. Rating: Needs improvement');
    // The counts line, with how many questions were Not applicable (none here).
    expect(text).toMatch(/\b0 not applicable\b/i);
    expect(text).toMatch(/Leadership, risk and planning\s+56/);
    expect(text).toContain('Action plan');
    expect(text).toContain('Appendix: every question and the answer given');
    expect(text).toContain(`1. ${questions[0]?.text}\nYes`);
    expect(text).toContain(`3. ${questions[2]?.text}\nPartly`);
    expect(text).toContain(`4. ${questions[3]?.text}\nNo`);
    // The appendix follows the results on paper, though the questions come first on screen.
    expect(await top(tab.page, 'Appendix: every question and the answer given')).toBeGreaterThan(
      await top(tab.page, 'Action plan'),
    );
  });

  it('leaves out the intro, the privacy sentence, the task list, the toolbar, buttons and the site’s chrome', async () => {
    await answerLeadership();
    await tab.page.emulateMedia({ media: 'print' });
    const text = await bodyText();
    for (const left of [
      'This checklist tests your school',
      'Nothing is sent anywhere',
      'School name (optional)',
      'Save, print or share',
      'Print or save as PDF',
      'Start again',
      'Read the guidance for Has the school named',
      'What this means',
      'See your results',
      'Best Practice for Schools',
    ]) {
      expect(text, left).not.toContain(left);
    }
    expect(await tab.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    // The task list's statuses ("Not started" also begins each untracked action's line, so the list
    // itself is checked).
    expect(await tab.page.getByRole('heading', { name: 'Sections', exact: true }).isVisible()).toBe(false);
    const firstTask = tab.page.getByRole('link', { name: definition.sections[0]?.title ?? '', exact: true }).first();
    expect(await firstTask.isVisible()).toBe(false);
  });

  it('says "Not answered" for a question with no answer, and prints links as full web addresses', async () => {
    await answerLeadership();
    await tab.page.emulateMedia({ media: 'print' });
    const unanswered = tab.page.getByRole('group', { name: questions[4]?.text ?? '' }).locator('.options');
    expect(await unanswered.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"Not answered"');
    const guidance = tab.page
      .locator('.action-list')
      .getByRole('link', { name: /^Read the guidance/ })
      .first();
    const printed = await guidance.evaluate((link) => getComputedStyle(link, '::after').content);
    const href = await guidance.getAttribute('href');
    expect(href).toMatch(/^\/guidance\//);
    // content/site.yaml's url, https://bestpractice.schools.example, before the link's own path.
    expect(printed).toBe(`" (https://bestpractice.schools.example${href})"`);
  });
});

describe('the results toolbar', () => {
  it('is headed "Save, print or share", with print as the main button and Start again as the dangerous one', async () => {
    await answerLeadership();
    const toolbar = tab.page.getByRole('region', { name: 'Save, print or share' });
    const background = (name: string) =>
      toolbar.getByRole('button', { name }).evaluate((button) => getComputedStyle(button).backgroundColor);
    // site.yaml's light accent is #1d4e89; secondary buttons are transparent; --bad is #a4161a.
    expect(await background('Print or save as PDF')).toBe('rgb(29, 78, 137)');
    expect(await background('Download action plan (CSV)')).toBe('rgba(0, 0, 0, 0)');
    expect(await background('Start again')).toBe('rgb(164, 22, 26)');
    expect(await toolbar.getByText('A file to send to your trust for its dashboard').isVisible()).toBe(true);
    const file = toolbar.getByRole('button', { name: 'Save answers as a file (for your trust)' });
    const hint = await file.getAttribute('aria-describedby');
    expect(await tab.page.locator(`#${hint}`).textContent()).toMatch(/^A file to send to your trust/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await tab.page.emulateMedia({ colorScheme });
      expect(await findViolations(tab.page, { rules: COLOUR_RULES }), colorScheme).toEqual([]);
    }
  });

  it('shows each message beside the control that caused it', async () => {
    await answerLeadership();
    await tab.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const toolbar = tab.page.getByRole('region', { name: 'Save, print or share' });
    await toolbar.getByRole('button', { name: 'Copy share link' }).click();
    const copied = toolbar.getByRole('status').filter({ hasText: 'Share link copied.' });
    await copied.waitFor();
    const y = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())?.y ?? NaN;
    const importField = toolbar.getByLabel(/Import a result file/);
    // Just under Copy share link, above the import field.
    expect(await y(copied)).toBeGreaterThan(await y(toolbar.getByRole('button', { name: 'Copy share link' })));
    expect(await y(copied)).toBeLessThan(await y(importField));

    await importField.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    const refused = toolbar.getByRole('alert').filter({ hasText: 'Your answers have not been changed.' });
    await refused.waitFor();
    // Just under the import field, above Start again.
    expect(await y(refused)).toBeGreaterThan(await y(importField));
    expect(await y(refused)).toBeLessThan(await y(toolbar.getByRole('button', { name: 'Start again' })));
  });
});
