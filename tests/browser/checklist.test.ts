import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition } from '../../src/schemas/assessment';
import { findViolations } from '../helpers/axe';
import { holdIslandScript, newContext } from '../helpers/browser';
import { loadDefinition } from '../helpers/definitions';
import { answerByKeyboard, readCheckedAnswers } from '../helpers/keyboard';
import { usePage, useSite } from '../helpers/session';

const ID = 'cyber-security-checklist';
const PATH = `/assessments/${ID}/`;
const definition = loadDefinition(ID) as ChecklistDefinition;
const questionCount = definition.sections.reduce((sum, section) => sum + section.questions.length, 0);

const site = useSite();
// Console errors are asserted by the keyboard journey only.
const tab = usePage(site, {
  context: { viewport: { width: 390, height: 844 }, acceptDownloads: true },
  checks: ['foreignRequests', 'cspViolations'],
});

async function open(): Promise<void> {
  await tab.page.goto(`${site.server.origin}${PATH}`);
  await tab.page.locator('.assessment[data-ready="true"]').waitFor();
}

const progress = () => tab.page.locator('.assessment-progress').textContent();
const questionTexts = definition.sections.flatMap((section) => section.questions.map((question) => question.text));

/** The n-th question (0-based), found by its legend as a person or screen reader would. */
function question(on: Page, n: number, includeHidden = false) {
  return on.getByRole('group', { name: questionTexts[n] ?? '', includeHidden });
}

// The journey below answers Not applicable wherever a question offers it (device-firewalls,
// cover-conditions, personal-device-standard: questions 14, 31 and 32, counting from 0), and
// otherwise question n with CYCLE[n % 5]. Worked by hand from the weights in
// content/assessments/cyber-security-checklist.yaml (Yes 1, Partly 0.5, No 0, N/A left out;
// score = round(100 * sum(weight * value) / sum(weight)) over the applicable answers):
//   leadership-and-risk           Y2 Y2 P1 N3                      4.5 / 8   = 56.25 -> 56
//   awareness-and-training        Y2 Y1 Y2                         5 / 5     = 100
//   accounts-and-access           P2 N3 Y3 Y2 Y3 P2                10 / 15   = 66.7  -> 67
//   devices-network-and-software  N2 NA1 Y2 Y1 P3 N2 Y1 Y3 Y2 P1   11 / 17   = 64.7  -> 65
//   backups-and-recovery          N2 Y2 Y3 Y3                      8 / 10    = 80
//   monitoring-and-incidents      P2 N2 Y2 Y2 NA1                  5 / 8     = 62.5  -> 63
//   personal-devices              NA2 N1                           0 / 1     = 0
//   overall                       43.5 / 64 = 67.97 -> 68: Needs improvement (50-79), 3 questions
//                                 not applicable; 6 Partly and 7 No answers, one action each.
const CYCLE = ['Yes', 'Yes', 'Partly', 'No', 'Yes'];
const EXPECTED_SECTION_SCORES: Record<string, number> = {
  'leadership-and-risk': 56,
  'awareness-and-training': 100,
  'accounts-and-access': 67,
  'devices-network-and-software': 65,
  'backups-and-recovery': 80,
  'monitoring-and-incidents': 63,
  'personal-devices': 0,
};

describe('completing the checklist by keyboard alone, on a phone-sized screen', () => {
  it('shows the score and band worked out by hand for the same answers', async () => {
    await open();
    let asked = 0;
    const count = await answerByKeyboard(tab.page, (_, labels) => {
      const cycled = CYCLE[asked++ % CYCLE.length] ?? 'Yes';
      return labels.includes('Not applicable') ? 'Not applicable' : cycled;
    });
    expect(count).toBe(questionCount);
    expect(await progress()).toBe(`${questionCount} of ${questionCount} answered`);

    const answers = await readCheckedAnswers(tab.page, ID);
    expect(Object.values(answers).slice(0, 6)).toEqual(['yes', 'yes', 'partly', 'no', 'yes', 'yes']);
    const headline = await tab.page.locator('.result-headline').textContent();
    expect(headline).toContain('Score: 68 out of 100 · 3 questions not applicable');
    expect(headline).toContain('Rating: Needs improvement');
    expect(await tab.page.locator('.action-list > li').count()).toBe(13);
    for (const section of definition.sections) {
      await expect
        .poll(() =>
          tab.page.locator('.section-chart li', { hasText: section.title }).locator('.chart-value').textContent(),
        )
        .toBe(String(EXPECTED_SECTION_SCORES[section.id]));
    }
    expect(tab.watch.errors).toEqual([]);
  }, 120_000);
});

describe('a critical question answered Partly', () => {
  it('holds the rating below Good and links to the question that holds it', async () => {
    await open();
    for (const radio of await tab.page.getByRole('radio', { name: 'Yes' }).all()) await radio.check();
    const mfa = definition.sections
      .flatMap((section) => section.questions)
      .find((candidate) => candidate.id === 'multi-factor-authentication');
    const n = questionTexts.indexOf(mfa?.text ?? '');
    await question(tab.page, n).getByRole('radio', { name: 'Partly' }).check();
    // Weights add up to 68; multi-factor-authentication (weight 3, critical) Partly loses 1.5:
    // 66.5 / 68 = 97.8 -> 98, Good on the score alone, held to Needs improvement.
    const headline = await tab.page.locator('.result-headline').textContent();
    expect(headline).toContain('Score: 98 out of 100');
    expect(headline).toContain('Rating: Needs improvement');
    const notice = tab.page.locator('.notice', { hasText: 'Why the rating is not higher' });
    expect(await notice.getByRole('listitem').textContent()).toBe(`${mfa?.text} You answered Partly.`);
    expect(await findViolations(tab.page)).toEqual([]);
    await notice.getByRole('link', { name: mfa?.text ?? '' }).click();
    await expect.poll(() => tab.page.evaluate(() => window.location.hash)).toBe(`#${ID}-multi-factor-authentication`);
    expect(await question(tab.page, n).isVisible()).toBe(true);
  }, 120_000);
});

describe('saving answers', () => {
  it('keeps answers over a reload', async () => {
    await open();
    await question(tab.page, 0).getByRole('radio', { name: 'No', exact: true }).check();
    await tab.page.reload();
    await tab.page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await question(tab.page, 0).getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    expect(await tab.page.getByRole('status').filter({ hasText: 'Welcome back' }).count()).toBe(1);
  });

  it('keeps two open tabs in step', async () => {
    await open();
    const other = await tab.context.newPage();
    await other.goto(`${site.server.origin}${PATH}`);
    await other.locator('.assessment[data-ready="true"]').waitFor();
    await tab.page.bringToFront(); // background tabs do not paint, and clicking waits for a painted frame
    await question(tab.page, 1).getByRole('radio', { name: 'Partly' }).check();
    await expect.poll(() => question(other, 1).getByRole('radio', { name: 'Partly' }).isChecked()).toBe(true);
    expect(await other.locator('.assessment-progress').textContent()).toBe(`1 of ${questionCount} answered`);
  });

  it('adopts and saves answers ticked before the page’s script arrived', async () => {
    // The island's script is held back (a slow school network) until two answers are ticked.
    const release = await holdIslandScript(tab.page);
    await tab.page.goto(`${site.server.origin}${PATH}`);
    await question(tab.page, 0).getByRole('radio', { name: 'No', exact: true }).check();
    await question(tab.page, 2).getByRole('radio', { name: 'Partly' }).check();
    expect(await tab.page.locator('.assessment').getAttribute('data-ready')).toBe('false');
    release();
    await tab.page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await question(tab.page, 0).getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    expect(await question(tab.page, 2).getByRole('radio', { name: 'Partly' }).isChecked()).toBe(true);
    expect(await progress()).toBe(`2 of ${questionCount} answered`);
    await tab.page.getByRole('status').filter({ hasText: 'while the page was loading have been saved' }).waitFor();
    const saved = await tab.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), `sbp:answers:${ID}`);
    const [first, , third] = definition.sections.flatMap((section) => section.questions);
    expect(saved.answers[first?.id ?? '']?.value).toBe('no');
    expect(saved.answers[third?.id ?? '']?.value).toBe('partly');
  });

  it('keeps answers two tabs give at the same instant, in both tabs and after a reload', async () => {
    await open();
    const other = await tab.context.newPage();
    await other.goto(`${site.server.origin}${PATH}`);
    await other.locator('.assessment[data-ready="true"]').waitFor();
    // Both tabs tick at one agreed instant, closer together than a storage event can travel between them.
    const at = Date.now() + 1500;
    const tickAt = (on: Page, fieldId: string) =>
      on.evaluate(
        ([when, id]) => {
          while (Date.now() < Number(when)) {
            // wait for the agreed instant
          }
          document.querySelector<HTMLInputElement>(`#${id} input[value="yes"]`)?.click();
        },
        [at, fieldId] as const,
      );
    const ids = definition.sections.flatMap((section) => section.questions.map((q) => `${ID}-${q.id}`));
    await Promise.all([tickAt(tab.page, ids[3] ?? ''), tickAt(other, ids[4] ?? '')]);
    for (const page of [tab.page, other]) {
      for (const n of [3, 4]) {
        await expect.poll(() => question(page, n).getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
      }
    }
    for (const page of [other, tab.page]) {
      await page.reload();
      await page.locator('.assessment[data-ready="true"]').waitFor();
      expect(await question(page, 3).getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
      expect(await question(page, 4).getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    }
  });

  it('never saves over an unreadable value it has no room to set aside, and offers a download', async () => {
    await tab.page.goto(`${site.server.origin}/`);
    // Storage filled to the brim, with an unreadable saved value in it.
    await tab.page.evaluate((key) => {
      localStorage.setItem(key, '{"v":1,"answers":');
      let chunk = 'x'.repeat(1024 * 1024);
      for (let i = 0; chunk.length > 0; i += 1) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    }, `sbp:answers:${ID}`);
    await open();
    const alert = tab.page.getByRole('alert').filter({ hasText: /no room to keep a copy/ });
    await alert.waitFor();
    await question(tab.page, 0).getByRole('radio', { name: 'Yes' }).check();
    expect(await progress()).toBe(`1 of ${questionCount} answered`);
    const stored = () => tab.page.evaluate((key) => localStorage.getItem(key), `sbp:answers:${ID}`);
    expect(await stored()).toBe('{"v":1,"answers":');
    // Room again: the value still cannot be read, so it is still not written over.
    await tab.page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await question(tab.page, 1).getByRole('radio', { name: 'No', exact: true }).check();
    expect(await stored()).toBe('{"v":1,"answers":');
    const [file] = await Promise.all([
      tab.page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download your answers' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^cyber-security-checklist-.*\.json$/);
  });

  it('moves an unreadable saved value aside, says so, and still works', async () => {
    await tab.page.goto(`${site.server.origin}/`);
    await tab.page.evaluate((key) => localStorage.setItem(key, '{"v":1,"answers":'), `sbp:answers:${ID}`);
    await open();
    await tab.page
      .getByRole('alert')
      .filter({ hasText: /could not be read/ })
      .waitFor();
    await question(tab.page, 0).getByRole('radio', { name: 'Yes' }).check();
    expect(await progress()).toBe(`1 of ${questionCount} answered`);
    const kept = await tab.page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('sbp:corrupt:')),
    );
    expect(kept).toHaveLength(1);
    expect(await tab.page.evaluate((key) => localStorage.getItem(key), kept[0] ?? '')).toBe('{"v":1,"answers":');
  });

  it('after a version change keeps the answers that still apply, clears a Not applicable no longer offered, and says so', async () => {
    // The first question is kept; the second no longer offers Not applicable.
    const [first, second] = (definition.sections[0]?.questions ?? []).map((q) => q.id);
    await tab.page.goto(`${site.server.origin}/`);
    await tab.page.evaluate(
      ([key, questionId, naId]) =>
        localStorage.setItem(
          key ?? '',
          JSON.stringify({
            v: 1,
            assessmentVersion: 0,
            answers: { [questionId ?? '']: 'yes', [naId ?? '']: 'na', 'retired-question': 'no' },
            savedAt: '2026-01-01T00:00:00.000Z',
          }),
        ),
      [`sbp:answers:${ID}`, first, second],
    );
    await open();
    await tab.page
      .getByRole('alert')
      .filter({ hasText: /changed/i })
      .filter({ hasText: 'Not applicable was cleared from 1 question that every school must answer.' })
      .waitFor();
    expect(await question(tab.page, 0).getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    expect(await progress()).toBe(`1 of ${questionCount} answered`);
  });

  it('"Start again" asks first, and clears only when confirmed', async () => {
    await open();
    await question(tab.page, 0).getByRole('radio', { name: 'Yes' }).check();
    await tab.page.getByRole('button', { name: 'Start again' }).click();
    const dialog = tab.page.getByRole('dialog', { name: 'Start again?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await progress()).toBe(`1 of ${questionCount} answered`);
    await tab.page.getByRole('button', { name: 'Start again' }).click();
    await dialog.getByRole('button', { name: 'Yes, clear my answers' }).click();
    expect(await progress()).toBe(`0 of ${questionCount} answered`);
    expect(await tab.page.evaluate((key) => localStorage.getItem(key), `sbp:answers:${ID}`)).toBeNull();
  });
});

describe('accessibility', () => {
  it('has no axe violations before answers or with results shown, and sections collapse', async () => {
    await open();
    expect(await findViolations(tab.page)).toEqual([]);
    for (const radio of await tab.page.getByRole('radio', { name: 'Partly' }).all()) await radio.check();
    await tab.page.getByRole('heading', { name: 'Action plan' }).waitFor();
    expect(await findViolations(tab.page)).toEqual([]);
    const panel = await tab.page
      .getByRole('button', { name: /Hide questions/ })
      .first()
      .getAttribute('aria-controls');
    const toggle = tab.page.locator(`button[aria-controls="${panel}"]`);
    await toggle.click();
    expect(await toggle.textContent()).toMatch(/^Show questions/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await question(tab.page, 0, true).isVisible()).toBe(false);
  }, 120_000);
});

describe('without JavaScript', () => {
  it('shows every question with its answers and guidance, ready to print', async () => {
    const plain = await newContext(site.browser, { javaScriptEnabled: false });
    const noJs = await plain.newPage();
    await noJs.goto(`${site.server.origin}${PATH}`);
    for (const [n] of questionTexts.entries()) expect(await question(noJs, n).isVisible()).toBe(true);
    expect(await noJs.getByRole('link', { name: /^Read the guidance/ }).count()).toBe(questionCount);
    await noJs.emulateMedia({ media: 'print' });
    expect(await question(noJs, 0).isVisible()).toBe(true);
    await plain.close();
  });
});

describe('finding your way', () => {
  const sections = definition.sections;
  const leadership = sections[0];
  const taskStatus = (title: string) =>
    tab.page
      .getByRole('listitem')
      .filter({ has: tab.page.getByRole('link', { name: title, exact: true }) })
      .locator('.task-status')
      .textContent();

  it('a task list gives each section’s status as answers come in, and links to it', async () => {
    await open();
    const title = leadership?.title ?? '';
    await expect.poll(() => taskStatus(title)).toBe('Not started');
    await question(tab.page, 0).getByRole('radio', { name: 'Yes' }).check();
    await expect.poll(() => taskStatus(title)).toBe('In progress');
    // The first section holds the first four questions.
    for (const n of [1, 2, 3]) await question(tab.page, n).getByRole('radio', { name: 'No', exact: true }).check();
    await expect.poll(() => taskStatus(title)).toBe('Completed');
    await expect.poll(() => taskStatus(sections[1]?.title ?? '')).toBe('Not started');
    await tab.page.reload();
    await tab.page.locator('.assessment[data-ready="true"]').waitFor();
    await expect.poll(() => taskStatus(title)).toBe('Completed');

    // Done, the section can be put away; its link still leads to its heading, beside "Show questions".
    await tab.page.getByRole('button', { name: `Hide questions in ${title}` }).click();
    expect(await question(tab.page, 0, true).isVisible()).toBe(false);
    await tab.page.getByRole('link', { name: sections[6]?.title ?? '', exact: true }).click();
    await tab.page.getByRole('link', { name: title, exact: true }).click();
    expect(new URL(tab.page.url()).hash).toBe(`#${ID}-${leadership?.id}-heading`);
    await expect.poll(() => tab.page.getByRole('heading', { name: title, level: 2 }).isVisible()).toBe(true);
    expect(await tab.page.getByRole('button', { name: `Show questions in ${title}` }).isVisible()).toBe(true);
  });

  it('asks for the school name at the start, kept in step with the one in the results toolbar', async () => {
    await open();
    const start = tab.page.getByLabel('School name (optional)');
    const toolbar = tab.page.getByLabel('Name of the school, for the report');
    await start.fill('Oak Academy');
    await expect.poll(() => toolbar.inputValue()).toBe('Oak Academy');
    await toolbar.fill('Oak Academy Trust');
    await expect.poll(() => start.inputValue()).toBe('Oak Academy Trust');
    await tab.page.reload();
    await tab.page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await start.inputValue()).toBe('Oak Academy Trust');
    expect(await toolbar.inputValue()).toBe('Oak Academy Trust');
  });

  it('keeps a school name typed before the page’s script arrived', async () => {
    const release = await holdIslandScript(tab.page);
    await tab.page.goto(`${site.server.origin}${PATH}`);
    await tab.page.getByLabel('School name (optional)').fill('Elm Primary');
    release();
    await tab.page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await tab.page.getByLabel('Name of the school, for the report').inputValue()).toBe('Elm Primary');
    const saved = await tab.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), `sbp:answers:${ID}`);
    expect(JSON.stringify(saved)).toContain('Elm Primary');
  });

  it('"What this means" looks like something to open: link colour, underline and a triangle', async () => {
    await open();
    const summary = tab.page.getByText('What this means').first();
    const style = await summary.evaluate((element) => {
      const own = getComputedStyle(element);
      const marker = getComputedStyle(element, '::before');
      return { colour: own.color, line: own.textDecorationLine, marker: marker.borderLeftWidth };
    });
    const link = await tab.page
      .getByRole('link', { name: /^Read the guidance/ })
      .first()
      .evaluate((element) => getComputedStyle(element).color);
    expect(style.colour).toBe(link);
    expect(style.line).toBe('underline');
    // The closed triangle points right: a left border of 0.7em at the body's 16px is 11.2px.
    expect(parseFloat(style.marker)).toBeCloseTo(11.2, 0);
  });
});
