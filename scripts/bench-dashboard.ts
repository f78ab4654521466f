// `npm run bench:dashboard [-- --files 1000,10000 --dist <built site> --limit <seconds per step>]`: opens the
// trust dashboard in Chromium, loads N synthetic result files, sorts a column and removes a row, and reports how long
// each took and the longest main-thread task (Chromium's long-task observer) while it ran. Budgets
// (reported, never a gate, since times move with machine load): 1,000 files loaded and shown in
// under 2 s; with 10,000 files no task over 200 ms and a sort under 300 ms. Without --dist it builds
// a temporary copy of the site first.
//
// Loading is timed twice: from the files being handed to the page (Playwright's setInputFiles) and
// from the `change` event, when the page gets them. In between, Chromium makes a File object per
// file in one task the page has no part in; the bench measures that on a bare file input too, so
// the page's own work (from the event on) is what the budgets are checked against.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './lib/chromium';
import { serveDist, type StaticServer } from './lib/static-server';
import { loadDefinition } from '../tests/helpers/definitions';
import { buildResultFile, serializeResultFile } from '../src/lib/results/result-file';
import { questionsOf } from '../src/lib/assessment';
import type { Answers } from '../src/schemas/assessment';
import { runBuild } from './lib/astro-build';
import { copyProject, removeProjectCopy } from './lib/project-copy';
import { markdownTable, writeResults } from './lib/results';
import { runMain } from './lib/run-main';

const ASSESSMENT_ID = 'cyber-security-checklist';
const BUDGETS = { loadMsAt1000: 2000, longestTaskMsAt10000: 200, sortMsAt10000: 300 };
const OPTIONS = ['yes', 'partly', 'no', 'not-applicable'] as const;

interface Step {
  /** From the action to the page showing its result; null when it had not shown it within the step limit. */
  ms: number | null;
  /** The longest main-thread task while it ran; 0 when none reached 50 ms (the observer's floor). */
  longestTaskMs: number;
}

/** Loading, split at the moment the page is handed the files (the input's `change` event). */
interface LoadStep extends Step {
  /** From the `change` event to the files shown: the page's own share of `ms`. */
  pageMs: number | null;
  /** The longest stretch of main-thread work from the `change` event on. */
  pageLongestTaskMs: number;
}

interface SizeResult {
  files: number;
  /** The longest task while Chromium hands the same files to a bare file input: its own cost, not the page's. */
  bareInputLongestTaskMs: number;
  load: LoadStep;
  sort: Step;
  remove: Step;
}

/** A long task as the observer saw it, in the page's clock. */
interface Task {
  start: number;
  duration: number;
}

/** What the init script records in every page: long tasks, and when the last `change` event came. */
interface Recorded {
  __tasks: Task[];
  __changedAt: number | null;
}

/** Installed before any page script: a long-task observer, and a note of each `change` event's time. */
function recordTasks(): void {
  const store = window as unknown as Recorded;
  store.__tasks = [];
  store.__changedAt = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.__tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => (store.__changedAt = performance.now()), true);
}

/** The longest stretch of any task from `from` on: a task under way at `from` counts from there. */
function longestFrom(tasks: readonly Task[], from: number): number {
  return Math.round(Math.max(0, ...tasks.map(({ start, duration }) => Math.min(duration, start + duration - from))));
}

/** N result files, each for a different school with answers that vary, written to a temporary folder. */
function writeFiles(count: number): { dir: string; paths: string[] } {
  const definition = loadDefinition(ASSESSMENT_ID);
  const questions = questionsOf(definition).filter((question) => !question.showIf);
  const dir = mkdtempSync(join(tmpdir(), 'sbp-dashboard-bench-'));
  const paths = Array.from({ length: count }, (_, i) => {
    const answers: Answers = Object.fromEntries(
      questions.map((question, q) => [question.id, OPTIONS[(i * 7 + q * 3 + (i >> 3)) % OPTIONS.length] ?? 'yes']),
    );
    const file = buildResultFile({
      assessmentId: ASSESSMENT_ID,
      definition,
      answers,
      school: `School ${String(i + 1).padStart(5, '0')}`,
      savedAt: new Date(Date.UTC(2026, 0, 1 + (i % 300))),
    });
    const path = join(dir, `school-${i + 1}.json`);
    writeFileSync(path, serializeResultFile(file));
    return path;
  });
  return { dir, paths };
}

/**
 * Runs `action`, waits for `done`, and gives the time taken and the longest task meanwhile; a step
 * that has not finished within `limitMs` is recorded as not finished, and the page is left to it.
 */
async function measure(
  page: Page,
  limitMs: number,
  action: (timeout: number) => Promise<void>,
  done: (timeout: number) => Promise<void>,
): Promise<Step & { tasks: Task[]; changedAt: number | null; shownAt: number | null }> {
  await page.evaluate(() => {
    const store = window as unknown as Recorded;
    store.__tasks = [];
    store.__changedAt = null;
  });
  const started = Date.now();
  let ms: number | null;
  let shownAt: number | null = null;
  try {
    await action(limitMs);
    await done(limitMs - (Date.now() - started));
    // One more frame, so the task that painted the result is counted.
    shownAt = await page.evaluate(
      () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
    );
    ms = Date.now() - started;
  } catch {
    ms = null;
  }
  const { tasks, changedAt } = await page
    .evaluate(() => {
      const store = window as unknown as Recorded;
      return { tasks: store.__tasks, changedAt: store.__changedAt };
    })
    .catch(() => ({ tasks: [{ start: 0, duration: limitMs }], changedAt: null }));
  return { ms, longestTaskMs: longestFrom(tasks, -Infinity), tasks, changedAt, shownAt };
}

/** The longest task while Chromium hands `paths` to a file input on an otherwise empty page. */
async function bareInputLongestTask(
  browser: Browser,
  origin: string,
  paths: string[],
  limitMs: number,
): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(recordTasks);
    // The site's 404 page: same origin, no island; the input is the only thing added.
    await page.goto(`${origin}/bare-file-input-for-the-bench/`);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.setAttribute('aria-label', 'Bare file input');
      document.body.append(input);
    });
    const step = await measure(
      page,
      limitMs,
      (timeout) => page.getByLabel('Bare file input').setInputFiles(paths, { timeout }),
      (timeout) =>
        page
          .waitForFunction(() => (window as unknown as Recorded).__changedAt !== null, undefined, { timeout })
          .then(() => {}),
    );
    return step.longestTaskMs;
  } finally {
    await page.close();
  }
}

/** Only the figures, for the summary file. */
function stepOf({ ms, longestTaskMs }: Step): Step {
  return { ms, longestTaskMs };
}

async function benchSize(server: StaticServer, count: number, limitMs: number): Promise<SizeResult> {
  const { dir, paths } = writeFiles(count);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const bareInputLongestTaskMs = await bareInputLongestTask(browser, server.origin, paths, limitMs);
    await page.addInitScript(recordTasks);
    await page.goto(`${server.origin}/trust-dashboard/`);
    await page.locator('.dashboard[data-ready="true"]').waitFor();
    const loadedText = `${count.toLocaleString('en-GB')} files loaded`;
    const loading = await measure(
      page,
      limitMs,
      (timeout) => page.getByLabel('Choose result files').setInputFiles(paths, { timeout }),
      async (timeout) => {
        await page.getByRole('status').filter({ hasText: loadedText }).waitFor({ timeout });
        await page.getByRole('table').first().waitFor({ timeout });
      },
    );
    const { changedAt, shownAt } = loading;
    const load: LoadStep = {
      ms: loading.ms,
      longestTaskMs: loading.longestTaskMs,
      pageMs: changedAt === null || shownAt === null ? null : Math.round(shownAt - changedAt),
      pageLongestTaskMs: changedAt === null ? loading.longestTaskMs : longestFrom(loading.tasks, changedAt),
    };
    const scoreHeading = page.getByRole('columnheader', { name: /^Score/ }).first();
    const sort = await measure(
      page,
      limitMs,
      (timeout) => scoreHeading.getByRole('button').click({ timeout }),
      async (timeout) => {
        await page.waitForFunction(() => document.querySelector('th[aria-sort="ascending"]') !== null, undefined, {
          timeout,
        });
      },
    );
    const remove = await measure(
      page,
      limitMs,
      (timeout) =>
        page
          .getByRole('button', { name: /^Remove/ })
          .first()
          .click({ timeout }),
      (timeout) => page.getByRole('status').filter({ hasText: 'removed' }).waitFor({ timeout }),
    );
    return { files: count, bareInputLongestTaskMs, load, sort: stepOf(sort), remove: stepOf(remove) };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '1000,10000' },
      dist: { type: 'string' },
      /** Longest wait for one step, in seconds, before it is recorded as not finished. */
      limit: { type: 'string', default: '120' },
    },
  });
  const sizes = values.files.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--files takes whole numbers, not "${values.files}"`);
  const projectDir = values.dist ? null : copyProject('bench-dashboard');
  const dist = values.dist ?? join(projectDir ?? '', 'dist');
  const server = await serveDist({}, { dist });
  const loadBefore = loadavg()[0] ?? 0;
  const results: SizeResult[] = [];
  try {
    if (projectDir) {
      const build = await runBuild(projectDir, { SITE_URL: server.origin });
      console.log(`bench:dashboard: built in ${(build.wallMs / 1000).toFixed(1)} s`);
    }
    for (const count of sizes) {
      results.push(await benchSize(server, count, Number(values.limit) * 1000));
      console.log(`bench:dashboard: ${count} files done`);
    }
  } finally {
    await server.close();
    if (projectDir) removeProjectCopy(projectDir);
  }
  const file = writeResults('bench-dashboard', {
    date: new Date().toISOString(),
    loadAverageBefore: loadBefore,
    budgets: BUDGETS,
    results,
  });
  const ms = (value: number | null) => (value === null ? `not done in ${values.limit} s` : `${value} ms`);
  const step = (s: Step) => `${ms(s.ms)} (longest task ${s.longestTaskMs} ms)`;
  console.log(
    `\n${markdownTable(
      [
        'files',
        'load and show, from the files chosen',
        'of which the page, from its change event',
        'Chromium alone: bare file input',
        'sort by score',
        'remove one',
      ],
      results.map((r) => [
        r.files.toLocaleString('en-GB'),
        step(r.load),
        `${ms(r.load.pageMs)} (longest task ${r.load.pageLongestTaskMs} ms)`,
        `longest task ${r.bareInputLongestTaskMs} ms`,
        step(r.sort),
        step(r.remove),
      ]),
    )}\n`,
  );
  for (const r of results) {
    const misses = [
      r.files <= 1000 &&
        (r.load.pageMs ?? Infinity) > BUDGETS.loadMsAt1000 &&
        `the page took over ${BUDGETS.loadMsAt1000} ms to load and show them`,
      r.files >= 10000 &&
        Math.max(r.load.pageLongestTaskMs, r.sort.longestTaskMs, r.remove.longestTaskMs) >
          BUDGETS.longestTaskMsAt10000 &&
        `a task of the page's took over ${BUDGETS.longestTaskMsAt10000} ms`,
      r.files >= 10000 &&
        (r.sort.ms ?? Infinity) > BUDGETS.sortMsAt10000 &&
        `sorting took over ${BUDGETS.sortMsAt10000} ms`,
    ].filter(Boolean);
    console.log(
      `${misses.length === 0 ? 'WITHIN BUDGET' : 'MISS'} ${r.files} files${misses.length ? `: ${misses.join('; ')}` : ''}`,
    );
  }
  console.log(
    `Machine load ${loadBefore.toFixed(1)} at the start (two shared cores: figures are noisy). Summary: ${file}`,
  );
  return 0;
}

runMain(main);
