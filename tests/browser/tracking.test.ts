import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeShareFragment } from '../../src/lib/results/share-link';
import type { ChecklistDefinition } from '../../src/schemas/assessment';
import { answerEvery } from '../helpers/answers';
import { findViolations } from '../helpers/axe';
import { holdIslandScript } from '../helpers/browser';
import { loadDefinition } from '../helpers/definitions';
import { usePage, useSite, WATCH_CHECKS } from '../helpers/session';

const ID = 'cyber-security-checklist';
const PATH = `/assessments/${ID}/`;
const definition = loadDefinition(ID) as ChecklistDefinition;
const questions = definition.sections.flatMap((section) => section.questions);
const first = questions[0];
if (!first) throw new Error('the checklist has no questions');

const site = useSite();
const tab = usePage(site, { context: { acceptDownloads: true }, checks: [...WATCH_CHECKS, 'dialogs'] });

async function open(hash = ''): Promise<void> {
  await tab.page.goto(`${site.server.origin}${PATH}${hash}`);
  await tab.page.locator('.assessment[data-ready="true"]').waitFor();
}

const firstQuestion = () => tab.page.getByRole('group', { name: first.text });
const note = () => firstQuestion().getByRole('textbox', { name: 'Where is the evidence? (optional note)' });
/** The first question's action in the plan: it is answered No, so it has one. */
const action = (): Locator => tab.page.getByRole('listitem').filter({ hasText: first.action });

async function track(owner: string, due: string, status: string): Promise<void> {
  await action().getByText('Owner, due date and status').click();
  await action().getByRole('textbox', { name: 'Owner' }).fill(owner);
  await action().getByLabel('Due date').fill(due);
  await action().getByRole('combobox', { name: 'Status' }).selectOption({ label: status });
}

describe('notes and action tracking', () => {
  it('keep a note, an owner, a due date and a status across a reload, with the note’s count', async () => {
    await open();
    await firstQuestion().getByRole('radio', { name: 'No', exact: true }).check();
    expect(await tab.page.locator(`#${await note().getAttribute('aria-describedby')}`).textContent()).toBe(
      'You can enter up to 1,000 characters',
    );
    await note().fill('Policy in the shared drive');
    // "Policy in the shared drive" is 26 characters: 1,000 - 26 = 974 left.
    await expect
      .poll(() =>
        tab.page
          .getByText(/characters remaining/)
          .first()
          .textContent(),
      )
      .toBe('You have 974 characters remaining');
    await track('Business manager', '2027-01-31', 'In progress');
    await expect
      .poll(() => action().textContent())
      .toContain('In progress. Owner: Business manager. Due 31 January 2027.');

    await open();
    expect(await note().inputValue()).toBe('Policy in the shared drive');
    expect(await action().textContent()).toContain('In progress. Owner: Business manager. Due 31 January 2027.');
    await action().getByText('Owner, due date and status').click();
    expect(await action().getByRole('textbox', { name: 'Owner' }).inputValue()).toBe('Business manager');
    expect(await action().getByLabel('Due date').inputValue()).toBe('2027-01-31');
  });

  it('adopt and save a note typed before the page’s script arrived', async () => {
    // The island's script is held back (a slow school network) until the note is typed.
    const release = await holdIslandScript(tab.page);
    await tab.page.goto(`${site.server.origin}${PATH}`);
    await note().fill('Typed while loading');
    expect(await tab.page.locator('.assessment').getAttribute('data-ready')).toBe('false');
    release();
    await tab.page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await note().inputValue()).toBe('Typed while loading');
    await expect
      .poll(() =>
        tab.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').tracked?.note, `sbp:answers:${ID}`),
      )
      .toMatchObject({ [first.id]: { value: 'Typed while loading' } });
  });

  it('go into the result file and come back from it after starting again', async () => {
    await open();
    await firstQuestion().getByRole('radio', { name: 'No', exact: true }).check();
    await note().fill('Ask the IT provider');
    await track('IT provider', '2027-02-28', 'Done');
    const [download] = await Promise.all([
      tab.page.waitForEvent('download'),
      tab.page.getByRole('button', { name: 'Save answers as a file (for your trust)' }).click(),
    ]);
    const path = await download.path();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      formatVersion: 2,
      notes: { [first.id]: 'Ask the IT provider' },
      actions: { [first.id]: { owner: 'IT provider', due: '2027-02-28', status: 'done' } },
    });

    await tab.page.getByRole('button', { name: 'Start again' }).click();
    await tab.page.getByRole('dialog').getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect.poll(() => note().inputValue()).toBe('');
    await tab.page.getByLabel(/Import a result file/).setInputFiles(path);
    await tab.page.getByRole('status').filter({ hasText: 'Imported the answers from the file.' }).waitFor();
    expect(await note().inputValue()).toBe('Ask the IT provider');
    expect(await action().textContent()).toContain('Done. Owner: IT provider. Due 28 February 2027.');
  });

  it('import a version 1 file’s answers, saying it predates tracking and keeping the notes already typed', async () => {
    await open();
    await note().fill('Kept from before');
    const version1 = {
      format: 'school-assessment-result',
      formatVersion: 1,
      assessment: { id: ID, version: definition.version, title: definition.title },
      savedAt: '2026-11-25T10:00:00.000Z',
      answers: { [first.id]: 'no' },
    };
    await tab.page.getByLabel(/Import a result file/).setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(version1)),
    });
    await tab.page.getByRole('status').filter({ hasText: 'saved before notes and action tracking' }).waitFor();
    expect(await firstQuestion().getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    expect(await note().inputValue()).toBe('Kept from before');
  });

  it('prints the note under its question, and each action’s tracking', async () => {
    await open();
    await firstQuestion().getByRole('radio', { name: 'No', exact: true }).check();
    await note().fill('Evidence: the access log for November');
    await track('Head teacher', '2027-03-01', 'Not started');
    await tab.page.emulateMedia({ media: 'print' });
    // The note prints under its question in the appendix, as its text without the character count;
    // a question without a note prints no empty box.
    expect(await note().isVisible()).toBe(true);
    expect(await note().inputValue()).toBe('Evidence: the access log for November');
    expect(
      await tab.page
        .getByText(/characters remaining/)
        .first()
        .isVisible(),
    ).toBe(false);
    const second = tab.page.getByRole('textbox', { name: /Where is the evidence/ }).nth(1);
    expect(await second.isVisible()).toBe(false);
    expect(await action().getByText('Not started. Owner: Head teacher. Due 1 March 2027.').isVisible()).toBe(true);
    expect(await action().getByRole('textbox', { name: 'Owner' }).isVisible()).toBe(false);
  });
});

describe('accessibility', () => {
  it('has no axe violations with a note typed and an action’s tracking fields open', async () => {
    await open();
    await firstQuestion().getByRole('radio', { name: 'No', exact: true }).check();
    await note().fill('In the HR folder');
    await track('Business manager', '2027-01-31', 'In progress');
    expect(await findViolations(tab.page)).toEqual([]);
  });
});

describe('opening a shared link', () => {
  const answers = { ...answerEvery(definition, 'yes'), [first.id]: 'no' };
  const fragment = encodeShareFragment(definition, ID, answers, {
    school: 'Ysgol Gymraeg Aberystwyth',
    statuses: { [first.id]: 'in-progress' },
  });

  it('lands on the banner naming the school, then the results, with no way back to answers they do not have', async () => {
    await open(`#${fragment}`);
    const banner = tab.page
      .getByRole('status')
      .filter({ hasText: 'You are looking at answers someone shared with you' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('School: Ysgol Gymraeg Aberystwyth');
    await expect.poll(() => banner.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await tab.page.getByRole('button', { name: 'Back to my own answers' }).count()).toBe(0);
    expect(await tab.page.getByRole('button', { name: 'Use these answers' }).isVisible()).toBe(true);
    // The banner comes before the results in the page, and the questions are hidden under it.
    const order = await banner.evaluate((element) => {
      const results = document.querySelector('.assessment-results');
      return results ? element.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).not.toBe(0);
    expect(await firstQuestion().isVisible()).toBe(false);
    expect(await action().textContent()).toContain('In progress.');
    expect(await action().getByText('Owner, due date and status').count()).toBe(0);
  });

  it('offers "Back to my own answers" to someone who has answers of their own', async () => {
    await open();
    await firstQuestion().getByRole('radio', { name: 'Partly' }).check();
    await open(`#${fragment}`);
    await tab.page.getByRole('button', { name: 'Back to my own answers' }).click();
    await expect.poll(() => firstQuestion().getByRole('radio', { name: 'Partly' }).isChecked()).toBe(true);
  });

  it('refuses a link whose school name was changed', async () => {
    const parts = fragment.split('.');
    parts[4] = Buffer.from('Another School').toString('base64url');
    await open(`#${parts.join('.')}`);
    await tab.page
      .getByRole('alert')
      .filter({ hasText: /incomplete or has been changed/ })
      .waitFor();
    expect(await tab.page.getByText('Another School').count()).toBe(0);
  });
});
