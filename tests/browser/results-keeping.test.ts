import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeShareFragment } from '../../src/lib/results/share-link';
import { answerEvery } from '../helpers/answers';
import { loadDefinition } from '../helpers/definitions';
import { usePage, useSite, WATCH_CHECKS } from '../helpers/session';

const ID = 'cyber-security-checklist';
const PATH = `/assessments/${ID}/`;
const definition = loadDefinition(ID);
const questions = definition.sections.flatMap((section): readonly { id: string; text: string }[] => section.questions);
const KEY = `sbp:answers:${ID}`;

const site = useSite();
const tab = usePage(site, { context: { acceptDownloads: true }, checks: [...WATCH_CHECKS, 'dialogs'] });

async function open(hash = ''): Promise<void> {
  await tab.page.goto(`${site.server.origin}${PATH}${hash}`);
  await tab.page.locator('.assessment[data-ready="true"]').waitFor();
}

const answerFirst = async (label: string, count: number) => {
  for (const question of questions.slice(0, count)) {
    await tab.page.getByRole('group', { name: question.text }).getByRole('radio', { name: label, exact: true }).check();
  }
};
const headline = () => tab.page.locator('.result-headline').textContent();
const stored = () => tab.page.evaluate((key) => localStorage.getItem(key), KEY);

async function download(name: string): Promise<{ fileName: string; text: string; path: string }> {
  const [file] = await Promise.all([tab.page.waitForEvent('download'), tab.page.getByRole('button', { name }).click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('export and import', () => {
  it('a downloaded result file, imported after starting again, gives the same results', async () => {
    await open();
    await answerFirst('No', 3);
    await answerFirst('Yes', 1);
    await tab.page.getByLabel(/School name/).fill('St Mary’s Primary');
    const before = await headline();
    const json = await download('Save answers as a file (for your trust)');
    expect(json.fileName).toMatch(/^cyber-security-checklist-st-marys-primary-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.text) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'school-assessment-result',
      formatVersion: 2,
      school: 'St Mary’s Primary',
      assessment: { id: ID, version: definition.version },
    });

    await tab.page.getByRole('button', { name: 'Start again' }).click();
    await tab.page.getByRole('dialog').getByRole('button', { name: 'Yes, clear my answers' }).click();
    expect(await tab.page.locator('.assessment-progress').textContent()).toMatch(/^0 of/);

    await tab.page.getByLabel(/Import a result file/).setInputFiles(json.path);
    await tab.page.getByRole('status').filter({ hasText: 'Imported the answers from the file.' }).waitFor();
    expect(await headline()).toBe(before);
    expect(await tab.page.getByLabel(/School name/).inputValue()).toBe('St Mary’s Primary');
  });

  it.each([
    ['not JSON', 'this is not json', /not a results file|cannot be read|JSON/i],
    ['another kind of file', JSON.stringify({ hello: 'world' }), /not a results file|cannot be read/i],
    [
      'a newer format',
      JSON.stringify({
        format: 'school-assessment-result',
        formatVersion: 9,
        assessment: { id: ID, version: 1, title: 'x' },
        savedAt: '2026-11-25T10:00:00.000Z',
        answers: {},
      }),
      /newer/i,
    ],
    [
      'another assessment',
      JSON.stringify({
        format: 'school-assessment-result',
        formatVersion: 1,
        assessment: { id: 'messaging-risk', version: 1, title: 'Messaging risk self-assessment' },
        savedAt: '2026-11-25T10:00:00.000Z',
        answers: {},
      }),
      /messaging risk/i,
    ],
  ])('a file that is %s is explained and leaves saved answers exactly as they were', async (_case, text, message) => {
    await open();
    await answerFirst('Partly', 2);
    const saved = await stored();
    await tab.page
      .getByLabel(/Import a result file/)
      .setInputFiles({ name: 'result.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = tab.page.getByRole('alert').filter({ hasText: /Your answers have not been changed/ });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(message);
    expect(await stored()).toBe(saved);
  });

  it('the action plan downloads as CSV with one row per action', async () => {
    await open();
    await answerFirst('No', 2);
    const csv = await download('Download action plan (CSV)');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Section,Question,Answer,Priority,Action,Owner,Due date,Status,Guidance URL');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/,No,(High|Medium|Low),.*,,,Not started,https?:\/\/[^,]+\/guidance\//);
  });
});

describe('share links', () => {
  const fragment = encodeShareFragment(definition, ID, answerEvery(definition, 'yes'));

  it('open in a fresh browser showing the shared results, marked as someone else’s', async () => {
    await open(`#${fragment}`);
    await tab.page.getByText('You are looking at answers someone shared with you').waitFor();
    expect(await headline()).toContain('Score: 100 out of 100');
    expect(await stored()).toBeNull();
  });

  it('"Use these answers" asks before replacing your own answers', async () => {
    await open();
    await answerFirst('No', 1);
    const mine = await stored();
    await open(`#${fragment}`);
    await tab.page.getByRole('button', { name: 'Use these answers' }).click();
    const dialog = tab.page.getByRole('dialog', { name: 'Replace your answers?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored()).toBe(mine);
    await tab.page.getByRole('button', { name: 'Use these answers' }).click();
    await dialog.getByRole('button', { name: 'Yes, replace my answers' }).click();
    await expect
      .poll(() => tab.page.locator('.assessment-progress').textContent())
      .toBe(`${questions.length} of ${questions.length} answered`);
    expect(JSON.parse((await stored()) ?? '{}').answers[questions[0]?.id ?? '']).toMatchObject({ value: 'yes' });
  });

  it('a link far longer than any share link is refused with a plain message, before it is decoded', async () => {
    await open();
    await answerFirst('Partly', 1);
    await open(`#v1.${definition.version}.${'A'.repeat(1024 * 1024)}.AAAAAA`);
    await tab.page
      .getByRole('alert')
      .filter({ hasText: /far longer than a share link/ })
      .waitFor();
    expect(await tab.page.locator('.assessment-progress').textContent()).toMatch(/^1 of/);
  });

  it('a truncated or altered link is explained and shows your own answers', async () => {
    await open();
    await answerFirst('Partly', 1);
    const mine = await stored();
    await open(`#${fragment.slice(0, -2)}`);
    await tab.page
      .getByRole('alert')
      .filter({ hasText: /incomplete or has been changed/ })
      .waitFor();
    expect(await tab.page.locator('.assessment-progress').textContent()).toMatch(/^1 of/);
    expect(await stored()).toBe(mine);
  });
});

describe('what a school name can do', () => {
  it('is only ever shown as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await open();
    await answerFirst('No', 1);
    await tab.page.getByLabel(/School name/).fill(hostile);
    await tab.page.emulateMedia({ media: 'print' });
    expect(await tab.page.locator('.report-cover').textContent()).toContain(hostile);
    expect(await tab.page.locator('.assessment img').count()).toBe(0);
  });
});
