import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scoreChecklist } from '../../src/lib/assessment';
import type { ChecklistDefinition } from '../../src/schemas/assessment';
import { findViolations } from '../helpers/axe';
import { launchChromium, newContext, watchPage, type PageWatch } from '../helpers/browser';
import { loadDefinition } from '../helpers/definitions';
import { assertBuilt } from '../helpers/dist';
import { answerByKeyboard, readCheckedAnswers } from '../helpers/keyboard';
import { serveDist, type StaticServer } from '../helpers/server';

const ID = 'cyber-security-checklist';
const PATH = `/assessments/${ID}/`;
const definition = loadDefinition(ID) as ChecklistDefinition;
const questionCount = definition.sections.reduce((sum, section) => sum + section.questions.length, 0);

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  assertBuilt();
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await newContext(browser, { viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  watch = await watchPage(page, [server.origin]);
});
afterEach(async () => {
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  await context.close();
});

async function open(): Promise<void> {
  await page.goto(`${server.origin}${PATH}`);
  await page.locator('.assessment[data-ready="true"]').waitFor();
}

const progress = () => page.locator('.assessment-progress').textContent();
const questionTexts = definition.sections.flatMap((section) => section.questions.map((question) => question.text));

/** The n-th question (0-based), found by its legend as a person or screen reader would. */
function question(on: Page, n: number, includeHidden = false) {
  return on.getByRole('group', { name: questionTexts[n] ?? '', includeHidden });
}

describe('completing the checklist by keyboard alone, on a phone-sized screen', () => {
  it('shows the score and band the engine gives for the same answers', async () => {
    await open();
    const cycle = ['Yes', 'Yes', 'Partly', 'No', 'Not applicable', 'Yes'];
    let asked = 0;
    const count = await answerByKeyboard(page, () => cycle[asked++ % cycle.length] ?? 'Yes');
    expect(count).toBe(questionCount);
    expect(await progress()).toBe(`${questionCount} of ${questionCount} answered`);

    const answers = await readCheckedAnswers(page, ID);
    const expected = scoreChecklist(definition, answers);
    const headline = await page.locator('.result-headline').textContent();
    expect(headline).toContain(`Score: ${expected.overall.score} out of 100`);
    expect(headline).toContain(`Rating: ${expected.band?.label}`);
    expect(await page.locator('.action-list > li').count()).toBe(expected.actions.length);
    for (const section of expected.sections) {
      await expect.poll(() => page.locator('.section-chart li', { hasText: section.title }).locator('.chart-value').textContent()).toBe(String(section.score));
    }
    expect(watch.errors).toEqual([]);
  }, 120_000);
});

describe('saving answers', () => {
  it('keeps answers over a reload', async () => {
    await open();
    await question(page, 0).getByRole('radio', { name: 'No', exact: true }).check();
    await page.reload();
    await page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await question(page, 0).getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Welcome back' }).count()).toBe(1);
  });

  it('keeps two open tabs in step', async () => {
    await open();
    const other = await context.newPage();
    await other.goto(`${server.origin}${PATH}`);
    await other.locator('.assessment[data-ready="true"]').waitFor();
    await page.bringToFront(); // background tabs do not paint, and clicking waits for a painted frame
    await question(page, 1).getByRole('radio', { name: 'Partly' }).check();
    await expect.poll(() => question(other, 1).getByRole('radio', { name: 'Partly' }).isChecked()).toBe(true);
    expect(await other.locator('.assessment-progress').textContent()).toBe(`1 of ${questionCount} answered`);
  });

  it('moves an unreadable saved value aside, says so, and still works', async () => {
    await page.goto(`${server.origin}/`);
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"answers":'), `sbp:answers:${ID}`);
    await open();
    await page.getByRole('alert').filter({ hasText: /could not be read/ }).waitFor();
    await question(page, 0).getByRole('radio', { name: 'Yes' }).check();
    expect(await progress()).toBe(`1 of ${questionCount} answered`);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sbp:corrupt:')));
    expect(kept).toHaveLength(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), kept[0] ?? '')).toBe('{"v":1,"answers":');
  });

  it('after a version change keeps the answers that still apply and says so', async () => {
    const first = definition.sections[0]?.questions[0]?.id ?? '';
    await page.goto(`${server.origin}/`);
    await page.evaluate(
      ([key, questionId]) =>
        localStorage.setItem(key ?? '', JSON.stringify({ v: 1, assessmentVersion: 0, answers: { [questionId ?? '']: 'yes', 'retired-question': 'no' }, savedAt: '2026-01-01T00:00:00.000Z' })),
      [`sbp:answers:${ID}`, first],
    );
    await open();
    await page.getByRole('alert').filter({ hasText: /changed/i }).waitFor();
    expect(await question(page, 0).getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    expect(await progress()).toBe(`1 of ${questionCount} answered`);
  });

  it('"Start again" asks first, and clears only when confirmed', async () => {
    await open();
    await question(page, 0).getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: 'Start again' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start again?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await progress()).toBe(`1 of ${questionCount} answered`);
    await page.getByRole('button', { name: 'Start again' }).click();
    await dialog.getByRole('button', { name: 'Yes, clear my answers' }).click();
    expect(await progress()).toBe(`0 of ${questionCount} answered`);
    expect(await page.evaluate((key) => localStorage.getItem(key), `sbp:answers:${ID}`)).toBeNull();
  });
});

describe('accessibility', () => {
  it('has no axe violations before answers or with results shown, and sections collapse', async () => {
    await open();
    expect(await findViolations(page)).toEqual([]);
    for (const radio of await page.getByRole('radio', { name: 'Partly' }).all()) await radio.check();
    await page.getByRole('heading', { name: 'Action plan' }).waitFor();
    expect(await findViolations(page)).toEqual([]);
    const panel = await page.getByRole('button', { name: /Hide questions/ }).first().getAttribute('aria-controls');
    const toggle = page.locator(`button[aria-controls="${panel}"]`);
    await toggle.click();
    expect(await toggle.textContent()).toMatch(/^Show questions/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await question(page, 0, true).isVisible()).toBe(false);
  });
});

describe('without JavaScript', () => {
  it('lists every question with its guidance, ready to print', async () => {
    const plain = await newContext(browser, { javaScriptEnabled: false });
    const noJs = await plain.newPage();
    await noJs.goto(`${server.origin}${PATH}`);
    const items = noJs.locator('.question-list li');
    expect(await items.count()).toBe(questionCount);
    expect(await noJs.locator('.question-list a', { hasText: 'Read the guidance' }).count()).toBe(questionCount);
    await plain.close();
  });
});
