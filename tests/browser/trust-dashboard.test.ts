import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_KEY } from '../../src/lib/storage/keys';
import { buildResultFile, serializeResultFile } from '../../src/lib/results/result-file';
import type { Tracking } from '../../src/lib/results/tracking';
import type { Answers, ChecklistDefinition, RiskDefinition } from '../../src/schemas/assessment';
import { findViolations } from '../helpers/axe';
import { loadDefinition } from '../helpers/definitions';
import { usePage, useSite, WATCH_CHECKS } from '../helpers/session';

const PATH = '/trust-dashboard/';
const CHECKLIST_ID = 'cyber-security-checklist';
const RISK_ID = 'messaging-risk';
const checklist = loadDefinition(CHECKLIST_ID) as ChecklistDefinition;
const risk = loadDefinition(RISK_ID) as RiskDefinition;
const checklistQuestions = checklist.sections
  .flatMap((section) => section.questions)
  .filter((question) => !question.showIf);
const XSS = '<img src=x onerror=alert(1)>';

/** Every unconditional checklist question answered the same, but the first `noCount` answered No. */
function checklistAnswers(answer: string, noCount = 0): Answers {
  return Object.fromEntries(checklistQuestions.map((question, i) => [question.id, i < noCount ? 'no' : answer]));
}

function resultFile(name: string, assessmentId: string, answers: Answers, school: string, tracking?: Tracking) {
  const definition = assessmentId === CHECKLIST_ID ? checklist : risk;
  const text = serializeResultFile(
    buildResultFile({
      assessmentId,
      definition,
      answers,
      school,
      tracking,
      savedAt: new Date('2026-11-20T09:00:00.000Z'),
    }),
  );
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

const BROKEN = {
  name: 'broken.json',
  mimeType: 'application/json',
  buffer: Buffer.from('{"format": "school-assessment-result", '),
};
const OAK = resultFile('oak.json', CHECKLIST_ID, checklistAnswers('yes', 3), 'Oak Academy');
const ASH = resultFile('ash.json', CHECKLIST_ID, checklistAnswers('partly'), 'Ash Primary');
const ELM = resultFile('elm.json', CHECKLIST_ID, checklistAnswers('no'), 'Elm School');
// Worked by hand from content/assessments/cyber-security-checklist.yaml: the 34 weights add up to 68;
// Oak's three No answers are the first three questions (weights 2, 2 and 1, none critical), so
// 100 * (68 - 5) / 68 = 92.6 -> 93, Good (80 and over).
const OAK_SCORE = 93;
// From messaging-risk.yaml: main-way sets against-terms probable (minimal: 1 x 3 = 3) and messages-lost
// possible (significant: 2 x 2 = 4); whole-staff sets no-access-control possible (2 x 2 = 4). All
// medium (3-4), so the overall risk is Medium.
const BEECH_ANSWERS: Answers = { 'uses-consumer-app': 'main-way', 'staff-groups': 'whole-staff' };
const BEECH = resultFile('beech.json', RISK_ID, BEECH_ANSWERS, 'Beech Primary');

const site = useSite();
const tab = usePage(site, { context: { acceptDownloads: true }, checks: [...WATCH_CHECKS, 'dialogs'] });

async function open(): Promise<void> {
  await tab.page.goto(`${site.server.origin}${PATH}`);
  await tab.page.locator('.dashboard[data-ready="true"]').waitFor();
}

async function load(files: Parameters<Page['setInputFiles']>[1], expectedStatus: string | RegExp): Promise<void> {
  await tab.page.getByLabel('Choose result files').setInputFiles(files);
  // Reading is spread over many short tasks (and fetches the reader first), so allow for a busy machine.
  await expect.poll(() => tab.page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(expectedStatus);
}

const tableOf = (title: string): Locator =>
  tab.page.getByRole('table', { name: new RegExp(`^${title.replace(/[&]/g, '\\$&')}`) });
const schoolsIn = (table: Locator) => table.locator('tbody th[scope="row"] .school-name').allTextContents();
const stored = () => tab.page.evaluate(() => Object.keys(localStorage));

describe('loading files', () => {
  it('shows three valid files of both assessments as rows, and one clear error for a broken file', async () => {
    await open();
    await load([OAK, BROKEN, ASH, BEECH], '3 files loaded, 1 could not be read.');

    const checklistTable = tableOf(checklist.title);
    const riskTable = tableOf(risk.title);
    expect(await tab.page.locator('tbody tr').count()).toBe(3);
    expect(await schoolsIn(checklistTable)).toEqual(['Oak Academy', 'Ash Primary']);
    expect(await schoolsIn(riskTable)).toEqual(['Beech Primary']);

    const alert = tab.page.getByRole('alert');
    expect(await alert.count()).toBe(1);
    expect(await alert.locator('li').count()).toBe(1);
    expect(await alert.textContent()).toMatch(
      /These files could not be read:\s*broken\.json: This file is not a results file: it could not be read as JSON\./,
    );

    // Scores are recomputed from the answers (OAK_SCORE and Beech's Medium are worked out above).
    const oakRow = checklistTable.locator('tbody tr', { hasText: 'Oak Academy' });
    expect(await oakRow.locator('td').nth(1).textContent()).toBe(String(OAK_SCORE));
    expect(await oakRow.locator('td').nth(2).textContent()).toContain('Good');
    expect(await riskTable.locator('tbody tr td').nth(1).textContent()).toBe('Medium');

    const summary = tab.page.locator('.dashboard-section', { has: checklistTable }).locator('.table-summary');
    expect(await summary.locator('.summary-total').textContent()).toBe('2 schools loaded.');
    const noAnswers = await summary.locator('.no-answers li').allTextContents();
    expect(noAnswers).toHaveLength(3);
    expect(noAnswers[0]).toContain(checklistQuestions[0]?.text);
    expect(noAnswers[0]).toContain('Answered No by 1 of 2 schools');
  });

  it('adds later files to those already loaded', async () => {
    await open();
    await load([OAK], '1 file loaded.');
    await load([ASH, BEECH], '2 files loaded.');
    expect(await tab.page.locator('tbody tr').count()).toBe(3);
    expect(await tab.page.getByRole('alert').count()).toBe(0);
  });

  it('says so when the definitions cannot be fetched, and reads the files once they can', async () => {
    let refuse = true;
    await tab.page.route('**/trust-dashboard/definitions.json', (route) =>
      refuse ? route.fulfill({ status: 503, body: '' }) : route.fallback(),
    );
    await open();
    await load([OAK], '0 files loaded, 1 could not be read.');
    expect(await tab.page.getByRole('alert').textContent()).toMatch(
      /oak\.json: The part of this page that reads files did not load\./,
    );
    // The browser logs the refused fetch; that, and nothing else, went wrong.
    expect(tab.watch.errors).toEqual([expect.stringMatching(/503/)]);
    tab.watch.errors.length = 0;
    refuse = false;
    await load([OAK], '1 file loaded.');
    expect(await schoolsIn(tableOf(checklist.title))).toEqual(['Oak Academy']);
  });

  it('refuses a file over 1 MB, and says why', async () => {
    await open();
    const huge = { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, 32) };
    await load([huge, OAK], '1 file loaded, 1 could not be read.');
    expect(await tab.page.getByRole('alert').textContent()).toMatch(
      /huge\.json: This file is too large to be a results file/,
    );
  });
});

describe('the table', () => {
  it('sorts by a column, ascending then descending, and says so with aria-sort', async () => {
    await open();
    await load([OAK, ELM, ASH], '3 files loaded.');
    const table = tableOf(checklist.title);
    const scoreHeader = table.locator('th[scope="col"]', { hasText: 'Score' });
    const schoolHeader = table.locator('th[scope="col"]', { hasText: 'School' });
    expect(await scoreHeader.getAttribute('aria-sort')).toBe('none');

    await scoreHeader.getByRole('button').click();
    expect(await scoreHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await schoolHeader.getAttribute('aria-sort')).toBe('none');
    expect(await schoolsIn(table)).toEqual(['Elm School', 'Ash Primary', 'Oak Academy']);

    await scoreHeader.getByRole('button').click();
    expect(await scoreHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await schoolsIn(table)).toEqual(['Oak Academy', 'Ash Primary', 'Elm School']);

    await schoolHeader.getByRole('button').press('Enter');
    expect(await schoolHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await scoreHeader.getAttribute('aria-sort')).toBe('none');
    expect(await schoolsIn(table)).toEqual(['Ash Primary', 'Elm School', 'Oak Academy']);
  });

  it('shows fifty schools at a time, more on request, sorted across all of them', async () => {
    await open();
    const files = Array.from({ length: 150 }, (_, i) =>
      resultFile(
        `school-${i + 1}.json`,
        CHECKLIST_ID,
        checklistAnswers('yes'),
        `School ${String(i + 1).padStart(3, '0')}`,
      ),
    );
    await load(files, '150 files loaded.');
    const table = tableOf(checklist.title);
    expect(await table.locator('tbody tr').count()).toBe(50);
    expect(await tab.page.getByText('Showing 50 of 150 schools').count()).toBe(1);
    await table.locator('th[scope="col"]', { hasText: 'School' }).getByRole('button').click();
    await table.locator('th[scope="col"]', { hasText: 'School' }).getByRole('button').click();
    expect((await schoolsIn(table)).slice(0, 2)).toEqual(['School 150', 'School 149']);
    // 50 more, then the last 50: 150 in all.
    await tab.page.getByRole('button', { name: /^Show 50 more/ }).click();
    expect(await table.locator('tbody tr').count()).toBe(100);
    expect(await tab.page.getByText('Showing 100 of 150 schools').count()).toBe(1);
    await tab.page.getByRole('button', { name: /^Show 50 more/ }).click();
    expect(await table.locator('tbody tr').count()).toBe(150);
    expect(await tab.page.getByText(/^Showing/).count()).toBe(0);
  });

  it('flags both files that name the same school', async () => {
    await open();
    const again = resultFile('oak-again.json', CHECKLIST_ID, checklistAnswers('partly'), '  oak  ACADEMY ');
    await load([OAK, ASH, again], '3 files loaded.');
    const rows = tableOf(checklist.title).locator('tbody tr');
    const flagged = await rows.evaluateAll((all) =>
      all.map((row) => row.textContent?.includes('Possible duplicate') ?? false),
    );
    expect(flagged).toEqual([true, false, true]);
    expect(await tab.page.locator('.summary-total').first().textContent()).toMatch(/2 are possible duplicates/);
  });

  it('shows a school name made of HTML as text, and runs nothing', async () => {
    await open();
    await load([resultFile('xss.json', CHECKLIST_ID, checklistAnswers('yes'), XSS)], '1 file loaded.');
    const table = tableOf(checklist.title);
    expect(await schoolsIn(table)).toEqual([XSS]);
    expect(await tab.page.locator('.dashboard img').count()).toBe(0);
    // Give a broken image's onerror the time it would need to fire.
    await tab.page.waitForTimeout(300);
    expect(tab.dialogs).toEqual([]);
  });

  it('downloads the table as CSV, as sorted on screen', async () => {
    await open();
    await load([OAK, ELM, ASH], '3 files loaded.');
    const table = tableOf(checklist.title);
    await table.locator('th[scope="col"]', { hasText: 'Score' }).getByRole('button').click();
    const section = tab.page.locator('.dashboard-section', { has: table });
    const [download] = await Promise.all([
      tab.page.waitForEvent('download'),
      section.getByRole('button', { name: /Download table as CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cyber-security-checklist-trust-dashboard-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = [
      'School',
      'Saved',
      'Score',
      'Rating',
      'Not applicable',
      'Actions',
      ...checklist.sections.map((s) => (s.title.includes(',') ? `"${s.title}"` : s.title)),
      'Possible duplicate',
      'File',
    ];
    expect(lines[0]).toBe(header.join(','));
    expect(lines.slice(1, 4).map((line) => line.split(',')[0])).toEqual(['Elm School', 'Ash Primary', 'Oak Academy']);
    // Oak answered no question Not applicable, and its file tracks no actions yet: its three No
    // answers are three open actions, none overdue.
    expect(lines[3]).toMatch(new RegExp(`^Oak Academy,2026-11-20,${OAK_SCORE},Good,0,"0 done, 3 open, 0 overdue",`));
    expect(lines[3]?.endsWith(',oak.json')).toBe(true);
  });
});

describe('action tracking', () => {
  it('shows per school the actions done, open and overdue, and that a version 1 file predates tracking', async () => {
    const [a, b, c] = checklistQuestions.map((question) => question.id);
    // Three questions answered No: a plan of three actions. a is done; b was due on 1 January 2020,
    // long before today, and is in progress: overdue; c was due on 1 January 2999: open, not overdue.
    const tracked = resultFile('maple.json', CHECKLIST_ID, checklistAnswers('yes', 3), 'Maple School', {
      notes: {},
      actions: {
        [a ?? '']: { status: 'done' },
        [b ?? '']: { status: 'in-progress', due: '2020-01-01' },
        [c ?? '']: { status: 'not-started', due: '2999-01-01' },
      },
    });
    const version1 = JSON.parse(OAK.buffer.toString()) as Record<string, unknown>;
    delete version1.notes;
    delete version1.actions;
    const OLD = { ...OAK, name: 'old.json', buffer: Buffer.from(JSON.stringify({ ...version1, formatVersion: 1 })) };
    await open();
    await load([tracked, OLD], '2 files loaded.');
    const table = tableOf(checklist.title);
    const row = (school: string) => table.getByRole('row').filter({ hasText: school });
    await row('Maple School').waitFor();
    expect(await row('Maple School').textContent()).toContain('1 done, 2 open, 1 overdue');
    expect(await row('Oak Academy').textContent()).toContain('Not tracked (older file)');
    expect(await row('Oak Academy').textContent()).toContain('saved before notes and action tracking');
  });
});

describe('the comparison table on a laptop screen (1280 px)', () => {
  /** The table's scroll box, its columns' edges and the school column's, as the page has them now. */
  const measure = (table: Locator) =>
    table.evaluate((element) => {
      const box = element.closest('[role="region"]');
      if (!box) throw new Error('the table is not in a scroll region');
      const { left, right } = box.getBoundingClientRect();
      const school = element.querySelector('tbody th[scope="row"]')?.getBoundingClientRect();
      return {
        box: { left, right, scrollLeft: box.scrollLeft, overflow: box.scrollWidth - box.clientWidth },
        schoolLeft: school?.left ?? NaN,
        headings: [...element.querySelectorAll('thead th')].map((th) => {
          const rect = th.getBoundingClientRect();
          return { name: th.textContent?.trim() ?? '', left: rect.left, right: rect.right };
        }),
      };
    });

  it('fits the page, and scrolls its own box to every section with the school column still in view', async () => {
    await open();
    await load([OAK, ELM, ASH], '3 files loaded.');
    const table = tableOf(checklist.title);
    const page = tab.page;
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    // The scroll box is reached by keyboard and named by the table's caption.
    const region = page.getByRole('region', { name: `${checklist.title}: one row per school` });
    await region.focus();
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);
    // Arrow keys scroll the focused box sideways, 40 px a press (smoothly, so the end is waited for).
    const { overflow } = (await measure(table)).box;
    for (let press = 0; press <= Math.ceil(overflow / 40); press += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await measure(table)).box.scrollLeft).toBe(overflow);
    const { box, schoolLeft, headings } = await measure(table);
    // Every section's heading is inside the box once scrolled to the end (a pixel either side for rounding).
    for (const section of checklist.sections) {
      const heading = headings.find((candidate) => candidate.name.startsWith(section.title));
      expect(heading, section.title).toBeDefined();
      expect(heading?.right ?? Infinity).toBeLessThanOrEqual(box.right + 1);
    }
    // The school column has not moved: it sits at the box's left edge whatever the scroll.
    expect(Math.abs(schoolLeft - box.left)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
  });

  it('keeps the school column in view while a narrower table box scrolls sideways', async () => {
    await tab.reopen({ viewport: { width: 800, height: 900 } });
    await open();
    await load([OAK, ELM], '2 files loaded.');
    const table = tableOf(checklist.title);
    const region = tab.page.getByRole('region', { name: `${checklist.title}: one row per school` });
    const start = await measure(table);
    // At 800 px the fourteen columns cannot all fit, so the box has somewhere to scroll to.
    expect(start.box.overflow).toBeGreaterThan(0);
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const end = await measure(table);
    expect(end.box.scrollLeft).toBeGreaterThan(0);
    expect(Math.abs(end.schoolLeft - end.box.left)).toBeLessThanOrEqual(1);
    expect(await tab.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
      0,
    );
  });

  it('marks low section scores in words as well as colour', async () => {
    await open();
    await load([OAK, ELM], '2 files loaded.');
    const table = tableOf(checklist.title);
    // Elm answered No to everything: every section scores 0, under 50 (the Needs improvement minimum).
    const elm = table.locator('tbody tr', { hasText: 'Elm School' });
    // Cells after the school: Saved, Score, Rating, Not applicable, Actions, then one per section.
    const elmSections = (await elm.locator('td').allTextContents()).slice(5, 5 + checklist.sections.length);
    expect(elmSections).toEqual(checklist.sections.map(() => '0Low (under 50)'));
    expect(await elm.locator('td .marker.tone-bad').count()).toBe(checklist.sections.length + 1);
    // Oak's three No answers are the first three questions of Leadership, risk and planning (weights
    // 2, 2 and 1 of 2 + 2 + 1 + 3 = 8; the last is Yes): 100 * 3 / 8 = 37.5 -> 38, low. Every other
    // section is all Yes, 100, and not marked.
    const oak = table.locator('tbody tr', { hasText: 'Oak Academy' });
    const oakSections = (await oak.locator('td').allTextContents()).slice(5, 5 + checklist.sections.length);
    expect(oakSections).toEqual(['38Low (under 50)', ...checklist.sections.slice(1).map(() => '100')]);
  });
});

describe('reading many files', () => {
  it('says how far reading has gone while it reads, then how many were loaded', async () => {
    await open();
    // Every text the status and the progress bar take, recorded as the page changes them.
    await tab.page.evaluate(() => {
      const seen = { status: [] as string[], bar: [] as number[] };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const status = document.querySelector('[role="status"]')?.textContent ?? '';
        if (status !== '' && status !== seen.status.at(-1)) seen.status.push(status);
        const bar = document.querySelector('progress');
        if (bar && bar.value !== seen.bar.at(-1)) seen.bar.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const files = Array.from({ length: 600 }, (_, i) =>
      resultFile(`school-${i + 1}.json`, CHECKLIST_ID, checklistAnswers('yes'), `School ${i + 1}`),
    );
    await load(files, '600 files loaded.');
    const seen = await tab.page.evaluate(
      () => (window as unknown as { seen: { status: string[]; bar: number[] } }).seen,
    );
    expect(seen.status[0]).toBe('Read 0 of 600 files…');
    expect(seen.status.at(-1)).toBe('600 files loaded.');
    // Reading 600 files takes many 30 ms stretches of work, and the bar moves after each one.
    expect(seen.bar[0]).toBe(0);
    expect(seen.bar.some((value) => value > 0 && value < 600)).toBe(true);
    expect(await tab.page.getByRole('progressbar').count()).toBe(0);
  });
});

describe('keeping results in this browser', () => {
  it('stores nothing unless asked, keeps the files when asked, restores them, and forgets them on Clear', async () => {
    await open();
    await load([OAK, BEECH], '2 files loaded.');
    expect(await stored()).toEqual([]);

    const keep = tab.page.getByRole('checkbox', { name: 'Keep these results in this browser' });
    expect(await keep.isChecked()).toBe(false);
    await keep.check();
    await expect.poll(stored).toEqual([DASHBOARD_KEY]);

    await tab.page.reload();
    await tab.page.locator('.dashboard[data-ready="true"]').waitFor();
    await expect.poll(() => tab.page.getByRole('status').textContent()).toBe('2 files kept in this browser loaded.');
    expect(await tab.page.locator('tbody tr').count()).toBe(2);
    expect(await keep.isChecked()).toBe(true);

    await keep.uncheck();
    await expect.poll(stored).toEqual([]);
    expect(await tab.page.locator('tbody tr').count()).toBe(2);

    await keep.check();
    await expect.poll(stored).toEqual([DASHBOARD_KEY]);
    await tab.page.getByRole('button', { name: 'Clear all results' }).click();
    await expect.poll(stored).toEqual([]);
    expect(await tab.page.locator('tbody tr').count()).toBe(0);
    expect(await keep.isChecked()).toBe(false);
  });

  it('says which kept files could not be read, and that they are no longer kept', async () => {
    await tab.page.goto(`${site.server.origin}/`);
    await tab.page.evaluate(
      ([key, oak]) =>
        localStorage.setItem(
          key ?? '',
          JSON.stringify({
            v: 1,
            files: [
              { name: 'oak.json', text: oak },
              { name: 'broken.json', text: '{' },
            ],
          }),
        ),
      [DASHBOARD_KEY, OAK.buffer.toString('utf8')],
    );
    await open();
    const alert = tab.page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/These files kept in this browser could not be read, so they are no longer kept:\s*broken\.json/);
    expect(await schoolsIn(tableOf(checklist.title))).toEqual(['Oak Academy']);
    await expect
      .poll(() => tab.page.evaluate((key) => localStorage.getItem(key) ?? '', DASHBOARD_KEY))
      .not.toContain('broken.json');
  });

  it('says in words when the browser will not keep anything', async () => {
    await tab.page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await open();
    await load([OAK], '1 file loaded.');
    const keep = tab.page.getByRole('checkbox', { name: 'Keep these results in this browser' });
    // click, not check: the box turns itself off again as soon as keeping fails.
    await keep.click();
    await expect
      .poll(() => tab.page.getByRole('alert').textContent())
      .toMatch(/could not be kept: this browser does not let this site keep anything/);
    expect(await keep.isChecked()).toBe(false);
    expect(await tab.page.locator('tbody tr').count()).toBe(1);
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'has no axe violations with tables and an error shown (%s)',
    async (colorScheme) => {
      await tab.reopen({ colorScheme });
      await open();
      await load(
        [OAK, BROKEN, ASH, BEECH, resultFile('oak-2.json', CHECKLIST_ID, {}, 'Oak Academy')],
        '4 files loaded, 1 could not be read.',
      );
      await tableOf(checklist.title).locator('th[scope="col"]', { hasText: 'Rating' }).getByRole('button').click();
      expect(await findViolations(tab.page)).toEqual([]);
    },
  );

  it('explains at the top that files never leave the computer', async () => {
    await open();
    const intro = await tab.page.locator('main .prose').first().textContent();
    expect(intro).toMatch(/never uploaded or sent anywhere/);
    expect(intro).toContain('Save answers as a file (for your trust)');
  });
});
