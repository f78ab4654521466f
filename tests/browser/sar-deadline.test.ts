import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findViolations } from '../helpers/axe';
import { usePage, useSite } from '../helpers/session';

const TOOL = '/tools/subject-access-deadline/';
const ARTICLE = '/guidance/subject-access-requests/';

const site = useSite();
const tab = usePage(site, { context: { colorScheme: 'light', reducedMotion: 'reduce' } });

/** Opens a page of the site in this test's tab. */
async function open(path: string): Promise<Page> {
  await tab.page.goto(`${site.server.origin}${path}`);
  return tab.page;
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${target.toString()}`);
}

/** Types a YYYY-MM-DD date into the day, month and year boxes, starting from the focused day box. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  for (const [index, part] of [String(Number(day)), String(Number(month)), year].entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    // Replaces what the box held, as a person retyping a date would.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(part);
  }
}

function calculator(page: Page) {
  return {
    received: page.getByRole('group', { name: 'Date the request was received' }),
    receivedDay: page.getByRole('group', { name: 'Date the request was received' }).getByLabel('Day'),
    division: (name: string) => page.getByRole('radio', { name }),
    extended: page.getByRole('checkbox', { name: /The request is complex/ }),
    paused: page.getByRole('checkbox', { name: /You stopped the clock/ }),
    clarification: page.getByRole('radio', { name: 'Clarification of what they want' }),
    pauseFrom: page.getByRole('group', { name: 'Date you asked for it' }),
    pauseFromDay: page.getByRole('group', { name: 'Date you asked for it' }).getByLabel('Day'),
    pauseTo: page.getByRole('group', { name: 'Date it arrived' }),
    pauseToDay: page.getByRole('group', { name: 'Date it arrived' }).getByLabel('Day'),
    submit: page.getByRole('button', { name: 'Work out the deadline' }),
    result: page.locator('.sar [aria-live="polite"]'),
    steps: page.getByRole('list', { name: 'How it was worked out' }),
  };
}

/** Tabs to the date received and types it, once the island has hydrated. */
async function enterReceived(page: Page, iso: string): Promise<ReturnType<typeof calculator>> {
  const form = calculator(page);
  await tabTo(page, form.receivedDay);
  await page.locator('astro-island[component-url*="SarDeadlineCalculator"]:not([ssr])').waitFor({ state: 'attached' });
  await typeDate(page, iso);
  return form;
}

describe('the deadline calculator, by keyboard alone', () => {
  it('31 January 2025 in England and Wales is due on Friday 28 February 2025', async () => {
    const page = await open(TOOL);
    const form = await enterReceived(page, '2025-01-31');
    await tabTo(page, form.division('England and Wales'));
    await page.keyboard.press('Space');
    expect(await form.division('England and Wales').isChecked()).toBe(true);
    await expect.poll(() => form.result.innerText()).toMatch(/The response is due by\s+Friday 28 February 2025/);
    expect(await form.steps.innerText()).toContain('February has no 31st');
  });

  it('with the extension, shows the extended date and the date to tell the requester by', async () => {
    const page = await open(TOOL);
    const form = await enterReceived(page, '2025-01-31');
    await tabTo(page, form.extended);
    await page.keyboard.press('Space');
    expect(await form.extended.isChecked()).toBe(true);
    await expect
      .poll(() => form.result.innerText())
      .toMatch(/With the extension, the response is due by\s+Wednesday 30 April 2025/);
    expect(await form.result.innerText()).toMatch(/extending, and why, by Friday 28 February 2025/);
    await page.keyboard.press('Space');
    await expect.poll(() => form.result.innerText()).toMatch(/The response is due by\s+Friday 28 February 2025/);
  });

  it('a deadline on Christmas Day moves past Boxing Day and the weekend', async () => {
    const page = await open(TOOL);
    const form = await enterReceived(page, '2025-11-25');
    await expect.poll(() => form.result.innerText()).toContain('Monday 29 December 2025');
    const steps = await form.steps.innerText();
    expect(steps).toContain('Christmas Day');
    expect(steps).toContain('Boxing Day');
  });

  it('the arrow keys choose Scotland, whose St Andrew’s Day moves the deadline a day later', async () => {
    const page = await open(TOOL);
    const form = await enterReceived(page, '2025-10-30');
    await expect.poll(() => form.result.innerText()).toContain('Monday 1 December 2025');
    await tabTo(page, form.division('England and Wales'));
    await page.keyboard.press('ArrowDown');
    expect(await form.division('Scotland').isChecked()).toBe(true);
    await expect.poll(() => form.result.innerText()).toContain('Tuesday 2 December 2025');
    expect(await form.steps.innerText()).toContain('St Andrew’s Day');
  });

  it('a pause for clarification adds the days from asking to the answer', async () => {
    const page = await open(TOOL);
    const form = await enterReceived(page, '2025-01-31');
    expect(await form.pauseFrom.isVisible()).toBe(false);
    await tabTo(page, form.paused);
    await page.keyboard.press('Space');
    await tabTo(page, form.clarification);
    expect(await form.clarification.isChecked()).toBe(true);
    await tabTo(page, form.pauseFromDay);
    await typeDate(page, '2025-02-03');
    await tabTo(page, form.pauseToDay);
    await typeDate(page, '2025-02-10');
    await expect.poll(() => form.result.innerText()).toContain('Monday 10 March 2025');
    expect(await form.steps.innerText()).toContain('the clock stopped for 8 days');
  });
});

describe('problems, in plain words and tied to their field', () => {
  it('submitting without a date says what is missing and moves focus to the field', async () => {
    const page = await open(TOOL);
    const form = calculator(page);
    await page
      .locator('astro-island[component-url*="SarDeadlineCalculator"]:not([ssr])')
      .waitFor({ state: 'attached' });
    expect(await form.result.innerText()).not.toContain('There is a problem');
    await tabTo(page, form.submit);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => form.result.innerText())
      .toMatch(/There is a problem\s+Enter the date the request was received\./);
    await expect.poll(() => isFocused(form.receivedDay)).toBe(true);
    for (const box of ['Day', 'Month', 'Year']) {
      expect(await form.received.getByLabel(box).getAttribute('aria-invalid')).toBe('true');
    }
    const describedBy = (await form.received.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(descriptions.join(' ')).toContain('Enter the date the request was received.');
    expect(page.url()).toBe(`${site.server.origin}${TOOL}`);
  });

  it('a date without its year names the missing box and moves focus to it', async () => {
    const page = await open(TOOL);
    const form = calculator(page);
    await tabTo(page, form.receivedDay);
    await page
      .locator('astro-island[component-url*="SarDeadlineCalculator"]:not([ssr])')
      .waitFor({ state: 'attached' });
    await page.keyboard.type('31');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await tabTo(page, form.submit);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => form.result.innerText())
      .toMatch(/There is a problem\s+Date the request was received must include a year\./);
    await expect.poll(() => isFocused(form.received.getByLabel('Year'))).toBe(true);
    expect(await form.received.getByLabel('Year').getAttribute('aria-invalid')).toBe('true');
    expect(await form.receivedDay.getAttribute('aria-invalid')).toBeNull();
  });

  it('a pause that ends before it starts marks both pause dates and explains why', async () => {
    const page = await open(TOOL);
    const form = await enterReceived(page, '2025-01-31');
    await tabTo(page, form.paused);
    await page.keyboard.press('Space');
    await tabTo(page, form.pauseFromDay);
    await typeDate(page, '2025-02-10');
    await tabTo(page, form.pauseToDay);
    await typeDate(page, '2025-02-03');
    await expect.poll(() => form.result.innerText()).toContain('The pause ends before it starts');
    for (const field of [form.pauseFrom, form.pauseTo]) {
      expect(await field.getByLabel('Day').getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
      const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
      expect(descriptions.join(' ')).toContain('The pause ends before it starts');
    }
    expect(await form.receivedDay.getAttribute('aria-invalid')).toBeNull();
    await tabTo(page, page.getByRole('link', { name: /The pause ends before it starts/ }));
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(form.pauseFromDay)).toBe(true);
  });
});

describe('what the page says before anything is typed', () => {
  it('says school holidays do not pause the clock, and "Work out the deadline" is the main button', async () => {
    const page = await open(TOOL);
    expect(await page.locator('.sar').innerText()).toContain('School holidays do not pause the clock');
    const submit = calculator(page).submit;
    expect(await submit.getAttribute('class')).toBeNull();
    const colours = await submit.evaluate((button) => {
      const style = getComputedStyle(button);
      return { background: style.backgroundColor, text: style.color };
    });
    // The main button is filled with the accent colour; secondary buttons are outlined on the page colour.
    expect(colours.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(colours.background).not.toBe(colours.text);
  });
});

describe('Add to calendar', () => {
  it('downloads an .ics file whose event is on the due date', async () => {
    const page = await open(TOOL);
    await enterReceived(page, '2025-01-31');
    const button = page.getByRole('button', { name: 'Add to calendar' });
    await tabTo(page, button);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('sar-due-2025-02-28.ics');
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('DTSTART;VALUE=DATE:20250228\r\n');
    expect(ics).toContain('SUMMARY:Subject access request: response due\r\n');
    await expect.poll(() => calculator(page).result.innerText()).toContain('Saved sar-due-2025-02-28.ics');
  });

  it('with the extension, offers the extended deadline and the date to tell the requester by', async () => {
    const page = await open(TOOL);
    const form = await enterReceived(page, '2025-01-31');
    await tabTo(page, form.extended);
    await page.keyboard.press('Space');
    const files: Record<string, string> = {};
    for (const name of ['Add the extended deadline to calendar', 'Add the date to tell them by to calendar']) {
      await tabTo(page, page.getByRole('button', { name }));
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      files[download.suggestedFilename()] = await readFile(await download.path(), 'utf8');
    }
    expect(Object.keys(files).sort()).toEqual(['sar-due-2025-04-30.ics', 'sar-tell-by-2025-02-28.ics']);
    expect(files['sar-due-2025-04-30.ics']).toContain('DTSTART;VALUE=DATE:20250430\r\n');
    expect(files['sar-tell-by-2025-02-28.ics']).toContain('DTSTART;VALUE=DATE:20250228\r\n');
  });
});

describe('inside the subject access request article', () => {
  it('works by keyboard below the article text', async () => {
    const page = await open(ARTICLE);
    expect(await page.getByRole('heading', { name: 'Work out a deadline' }).count()).toBe(1);
    const form = await enterReceived(page, '2025-01-31');
    await expect.poll(() => form.result.innerText()).toMatch(/The response is due by\s+Friday 28 February 2025/);
  });
});

describe('accessibility, with results and problems on show (axe, WCAG 2.2 A and AA)', () => {
  it.each(['light', 'dark'] as const)('in the %s colour scheme', async (colorScheme) => {
    const violations: string[] = [];
    const check = async (page: Page, state: string) =>
      violations.push(...(await findViolations(page)).map((line) => `${state}: ${line}`));

    await tab.reopen({ colorScheme });
    const tool = await open(TOOL);
    const form = await enterReceived(tool, '2025-01-31');
    await form.extended.check();
    await form.paused.check();
    await form.pauseFromDay.focus();
    await typeDate(tool, '2025-02-03');
    await form.pauseToDay.focus();
    await typeDate(tool, '2025-02-10');
    await expect.poll(() => form.result.innerText()).toContain('With the extension');
    await check(tool, 'tool with a result');
    await form.pauseToDay.focus();
    await typeDate(tool, '2025-01-03');
    await expect.poll(() => form.result.innerText()).toContain('There is a problem');
    await check(tool, 'tool with a problem');

    // The article in a fresh context of its own; reopening checks the tool's page first.
    await tab.reopen({ colorScheme });
    const article = await open(ARTICLE);
    const inArticle = await enterReceived(article, '2025-11-25');
    await expect.poll(() => inArticle.result.innerText()).toContain('Monday 29 December 2025');
    await check(article, 'article with a result');

    expect(violations).toEqual([]);
  });
});
