import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { questionsOf } from '../../src/lib/assessment/answers';
import { encodeShareFragment } from '../../src/lib/results/share-link';
import { launchChromium, newContext, watchPage, type PageWatch } from '../helpers/browser';
import { loadDefinition } from '../helpers/definitions';
import { assertBuilt } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';

const ID = 'cyber-security-checklist';
const PATH = `/assessments/${ID}/`;
const definition = loadDefinition(ID);
const questions = questionsOf(definition);
const KEY = `sbp:answers:${ID}`;

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;
let dialogs: string[];

beforeAll(async () => {
  assertBuilt();
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await newContext(browser, { acceptDownloads: true });
  page = await context.newPage();
  watch = await watchPage(page, [server.origin]);
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
afterEach(async () => {
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(dialogs).toEqual([]);
  await context.close();
});

async function open(on: Page = page, hash = ''): Promise<void> {
  await on.goto(`${server.origin}${PATH}${hash}`);
  await on.locator('.assessment[data-ready="true"]').waitFor();
}

const answerFirst = async (label: string, count: number) => {
  for (const question of questions.slice(0, count)) {
    await page.getByRole('group', { name: question.text }).getByRole('radio', { name: label, exact: true }).check();
  }
};
const headline = () => page.locator('.result-headline').textContent();
const stored = () => page.evaluate((key) => localStorage.getItem(key), KEY);

async function download(name: string): Promise<{ fileName: string; text: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('export and import', () => {
  it('a downloaded result file, imported after starting again, gives the same results', async () => {
    await open();
    await answerFirst('No', 3);
    await answerFirst('Yes', 1);
    await page.getByLabel(/School name/).fill('St Mary’s Primary');
    const before = await headline();
    const json = await download('Download results (JSON)');
    expect(json.fileName).toMatch(/^cyber-security-checklist-st-marys-primary-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'school-assessment-result', formatVersion: 1, school: 'St Mary’s Primary', assessment: { id: ID, version: definition.version } });

    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, clear my answers' }).click();
    expect(await page.locator('.assessment-progress').textContent()).toMatch(/^0 of/);

    await page.getByLabel(/Import a result file/).setInputFiles(json.path);
    await page.getByRole('status').filter({ hasText: 'Imported the answers from the file.' }).waitFor();
    expect(await headline()).toBe(before);
    expect(await page.getByLabel(/School name/).inputValue()).toBe('St Mary’s Primary');
  });

  it.each([
    ['not JSON', 'this is not json', /not a results file|cannot be read|JSON/i],
    ['another kind of file', JSON.stringify({ hello: 'world' }), /not a results file|cannot be read/i],
    ['a newer format', JSON.stringify({ format: 'school-assessment-result', formatVersion: 9, assessment: { id: ID, version: 1, title: 'x' }, savedAt: '2026-11-25T10:00:00.000Z', answers: {} }), /newer/i],
    ['another assessment', JSON.stringify({ format: 'school-assessment-result', formatVersion: 1, assessment: { id: 'messaging-risk', version: 1, title: 'Messaging risk self-assessment' }, savedAt: '2026-11-25T10:00:00.000Z', answers: {} }), /messaging risk/i],
  ])('a file that is %s is explained and leaves saved answers exactly as they were', async (_case, text, message) => {
    await open();
    await answerFirst('Partly', 2);
    const saved = await stored();
    await page.getByLabel(/Import a result file/).setInputFiles({ name: 'result.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert').filter({ hasText: /Your answers have not been changed/ });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(message);
    expect(await stored()).toBe(saved);
  });

  it('the action plan downloads as CSV with one row per action', async () => {
    await open();
    await answerFirst('No', 2);
    const csv = await download('Download action plan (CSV)');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Section,Question,Answer,Priority,Action,Guidance URL');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/,No,(High|Medium|Low),.*,https?:\/\/[^,]+\/guidance\//);
  });
});

describe('share links', () => {
  const fragment = encodeShareFragment(definition, ID, Object.fromEntries(questions.map((question) => [question.id, 'yes'])));

  it('open in a fresh browser showing the shared results, marked as someone else’s', async () => {
    await open(page, `#${fragment}`);
    await page.getByText('You are looking at answers someone shared with you').waitFor();
    expect(await headline()).toContain('Score: 100 out of 100');
    expect(await stored()).toBeNull();
  });

  it('"Use these answers" asks before replacing your own answers', async () => {
    await open();
    await answerFirst('No', 1);
    const mine = await stored();
    await open(page, `#${fragment}`);
    await page.getByRole('button', { name: 'Use these answers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace your answers?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored()).toBe(mine);
    await page.getByRole('button', { name: 'Use these answers' }).click();
    await dialog.getByRole('button', { name: 'Yes, replace my answers' }).click();
    await expect.poll(() => page.locator('.assessment-progress').textContent()).toBe(`${questions.length} of ${questions.length} answered`);
    expect(JSON.parse((await stored()) ?? '{}').answers[questions[0]?.id ?? '']).toBe('yes');
  });

  it('a truncated or altered link is explained and shows your own answers', async () => {
    await open();
    await answerFirst('Partly', 1);
    const mine = await stored();
    await open(page, `#${fragment.slice(0, -2)}`);
    await page.getByRole('alert').filter({ hasText: /incomplete or has been changed/ }).waitFor();
    expect(await page.locator('.assessment-progress').textContent()).toMatch(/^1 of/);
    expect(await stored()).toBe(mine);
  });
});

describe('what a school name can do', () => {
  it('is only ever shown as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await open();
    await answerFirst('No', 1);
    await page.getByLabel(/School name/).fill(hostile);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-only').textContent()).toContain(hostile);
    expect(await page.locator('.assessment img').count()).toBe(0);
  });
});

describe('printing', () => {
  it('shows the results and action plan with the school and assessment, without navigation or buttons', async () => {
    await open();
    await answerFirst('No', 2);
    await page.getByLabel(/School name/).fill('Oak Academy');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    const visibleButtons = await page.getByRole('button').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    expect(await page.getByRole('heading', { name: 'Action plan' }).isVisible()).toBe(true);
    expect(await page.locator('.print-only').textContent()).toMatch(new RegExp(`${definition.title} \\(version ${definition.version}\\) for Oak Academy, printed \\d+ \\w+ \\d{4}`));
    expect(await page.getByRole('group').first().isVisible()).toBe(false);
  });
});
