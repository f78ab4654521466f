// `npm run bench:dashboard [-- --files 1000,10000 --dist <built site> --limit <seconds per step>]`: opens the
// trust dashboard in Chromium, loads N synthetic result files, sorts a column and removes a row, and reports how long
// each took and the longest main-thread task (Chromium's long-task observer) while it ran. Budgets
// (reported, never a gate, since times move with machine load): 1,000 files loaded and shown in
// under 2 s; with 10,000 files no task over 200 ms and a sort under 300 ms. Without --dist it builds
// a temporary copy of the site first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
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

interface SizeResult {
  files: number;
  load: Step;
  sort: Step;
  remove: Step;
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
): Promise<Step> {
  await page.evaluate(() => {
    (window as unknown as { __longTasks: number[] }).__longTasks = [];
  });
  const started = Date.now();
  let ms: number | null;
  try {
    await action(limitMs);
    await done(limitMs - (Date.now() - started));
    // One more frame, so the task that painted the result is counted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    ms = Date.now() - started;
  } catch {
    ms = null;
  }
  const tasks = await page
    .evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)
    .catch(() => [limitMs]);
  return { ms, longestTaskMs: Math.round(Math.max(0, ...tasks)) };
}

async function benchSize(server: StaticServer, count: number, limitMs: number): Promise<SizeResult> {
  const { dir, paths } = writeFiles(count);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      const store = window as unknown as { __longTasks: number[] };
      store.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) store.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.origin}/trust-dashboard/`);
    await page.locator('.dashboard[data-ready="true"]').waitFor();
    const loadedText = `${count.toLocaleString('en-GB')} files loaded`;
    const load = await measure(
      page,
      limitMs,
      (timeout) => page.getByLabel('Choose result files').setInputFiles(paths, { timeout }),
      async (timeout) => {
        await page.getByRole('status').filter({ hasText: loadedText }).waitFor({ timeout });
        await page.getByRole('table').first().waitFor({ timeout });
      },
    );
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
    return { files: count, load, sort, remove };
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
  const step = (s: Step) =>
    `${s.ms === null ? `not done in ${values.limit} s` : `${s.ms} ms`} (longest task ${s.longestTaskMs} ms)`;
  console.log(
    `\n${markdownTable(
      ['files', 'load and show', 'sort by score', 'remove one'],
      results.map((r) => [r.files.toLocaleString('en-GB'), step(r.load), step(r.sort), step(r.remove)]),
    )}\n`,
  );
  for (const r of results) {
    const misses = [
      r.files <= 1000 &&
        (r.load.ms ?? Infinity) > BUDGETS.loadMsAt1000 &&
        `loading took over ${BUDGETS.loadMsAt1000} ms`,
      r.files >= 10000 &&
        Math.max(r.load.longestTaskMs, r.sort.longestTaskMs, r.remove.longestTaskMs) > BUDGETS.longestTaskMsAt10000 &&
        `a task took over ${BUDGETS.longestTaskMsAt10000} ms`,
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
