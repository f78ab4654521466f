// `npm run audit`: builds a temporary copy of the site for the origin it is served from, and runs
// Lighthouse (mobile emulation, simulated throttling) on the home page, an article, every
// self-assessment and the trust dashboard. `--pages /a/,/b/` audits only those paths (e.g. the interactive pages).
// `--runs N` (default 3) audits each page N times and keeps the median run, as Lighthouse advises:
// simulated throttling still scales the CPU time it observes, so a busy machine moves the score.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { findChromium } from './lib/chromium';
import { serveDist, type StaticServer } from './lib/static-server';
import { runBuild } from './lib/astro-build';
import { copyProject, removeProjectCopy } from './lib/project-copy';
import { markdownTable, writeResults } from './lib/results';
import { runMain } from './lib/run-main';

const PAGES = [
  '/',
  '/guidance/using-whatsapp-in-schools/',
  '/assessments/cyber-security-checklist/',
  '/assessments/messaging-risk/',
  '/assessments/data-protection-checklist/',
  '/trust-dashboard/',
];

/** Lowest acceptable score per Lighthouse category, out of 100. */
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];
/**
 * Categories whose miss fails the audit. The performance score scales with the CPU time Lighthouse
 * observes, so it moves with machine load (92 and 87 on a two-core machine that scored 100 when
 * quiet): it is reported against its target and quoted in notes, but never fails a run.
 */
const GATED: readonly Category[] = ['accessibility', 'best-practices', 'seo'];

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The lab metrics behind the performance score. */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** An audit that cost a category points, or (for performance) an insight that names a saving. */
interface LostPoints {
  category: Category;
  id: string;
  title: string;
  /** 0 to 1; null for an unscored performance insight. */
  score: number | null;
  displayValue?: string;
  /** Milliseconds (or layout shift) the audit says could be saved, per metric. */
  savings?: Record<string, number>;
  /** A few of the elements, URLs or other items the audit flagged. */
  items: string[];
}

interface PageAudit {
  path: string;
  /** Performance score of every run, in order; the rest of the summary is the median run's. */
  performanceRuns: number[];
  scores: Record<Category, number>;
  metrics: Record<string, string>;
  /** Why each category under 100 lost points, including categories that still meet their target. */
  lostPoints: LostPoints[];
}

// Audit details differ by type; node snippets, selectors and URLs are what point at the cause.
function describeItems(details: Result['audits'][string]['details']): string[] {
  if (!details || !('items' in details) || !Array.isArray(details.items)) return [];
  return details.items.slice(0, 5).map((item) => {
    const record = item as Record<string, unknown>;
    const node = record.node as { selector?: string; snippet?: string } | undefined;
    if (node) return `${node.selector ?? ''} ${node.snippet ?? ''}`.trim();
    const text = record.url ?? record.source ?? record.description ?? record.label;
    return typeof text === 'string' ? text : JSON.stringify(record).slice(0, 200);
  });
}

function positiveSavings(savings: Record<string, number | undefined> | undefined): Record<string, number> {
  return Object.fromEntries(
    Object.entries(savings ?? {}).filter((entry): entry is [string, number] => (entry[1] ?? 0) > 0),
  );
}

/**
 * Scored audits that cost a category points. Performance is scored on metrics only, so its
 * unscored insights that promise a saving are listed too: they say what to change.
 */
function lostPoints(lhr: Result, category: Category): LostPoints[] {
  return (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit) return [];
    const savings = positiveSavings(audit.metricSavings);
    const scoredLoss = ref.weight > 0 && audit.score !== null && audit.score < 1;
    const insight = category === 'performance' && ref.weight === 0 && Object.keys(savings).length > 0;
    if (!scoredLoss && !insight) return [];
    return [
      {
        category,
        id: ref.id,
        title: audit.title,
        score: scoredLoss ? audit.score : null,
        displayValue: audit.displayValue,
        ...(insight ? { savings } : {}),
        items: describeItems(audit.details),
      },
    ];
  });
}

function summarise(path: string, lhr: Result, performanceRuns: number[]): PageAudit {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  return {
    path,
    performanceRuns,
    scores,
    metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? 'n/a'])),
    lostPoints: CATEGORIES.filter((c) => scores[c] < 100).flatMap((c) => lostPoints(lhr, c)),
  };
}

const performanceOf = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

/** The run with the median performance score (the lower middle one for an even count). */
function medianRun(runs: Result[]): Result {
  const sorted = [...runs].sort((a, b) => performanceOf(a) - performanceOf(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no Lighthouse runs to choose from');
  return median;
}

async function auditPage(url: string, port: number, runCount: number): Promise<Result[]> {
  const runs: Result[] = [];
  for (let run = 0; run < runCount; run += 1) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      throttlingMethod: 'simulate',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
    runs.push(result.lhr);
  }
  return runs;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, pages: { type: 'string', default: PAGES.join(',') } },
  });
  const runCount = Number(values.runs);
  if (!Number.isInteger(runCount) || runCount < 1)
    throw new Error(`--runs takes a positive whole number, not "${values.runs}"`);
  const paths = values.pages.split(',').filter(Boolean);
  const unknown = paths.filter((path) => !PAGES.includes(path));
  if (unknown.length > 0) throw new Error(`--pages takes paths from ${PAGES.join(', ')}, not ${unknown.join(', ')}`);
  const projectDir = copyProject('audit');
  let server: StaticServer | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  const pages: PageAudit[] = [];
  const reports: string[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  let environment: Result['environment'] | undefined;
  let lighthouseVersion = '';
  try {
    // The server starts first (it finds files per request) so the build can know its origin:
    // canonical links and the sitemap must name the origin that Lighthouse visits.
    server = await serveDist({}, { dist: join(projectDir, 'dist'), gzip: true });
    const build = await runBuild(projectDir, { SITE_URL: server.origin });
    console.log(`audit: built for ${server.origin} in ${(build.wallMs / 1000).toFixed(1)} s`);
    chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROME_FLAGS });
    for (const path of paths) {
      const runs = await auditPage(`${server.origin}${path}`, chrome.port, runCount);
      const median = medianRun(runs);
      environment = median.environment;
      lighthouseVersion = median.lighthouseVersion;
      pages.push(summarise(path, median, runs.map(performanceOf)));
      // The full median report, to open in the Lighthouse viewer when a score needs explaining.
      reports.push(writeResults(`lighthouse-${path.split('/').filter(Boolean).join('-') || 'home'}`, median));
      console.log(`audit: ${path}: performance ${runs.map(performanceOf).join(', ')}`);
    }
  } finally {
    await chrome?.kill();
    await server?.close();
    removeProjectCopy(projectDir);
  }

  const file = writeResults('audit', {
    date: new Date().toISOString(),
    lighthouse: lighthouseVersion,
    browser: environment?.hostUserAgent,
    benchmarkIndex: environment?.benchmarkIndex,
    settings: { formFactor: 'mobile', throttlingMethod: 'simulate', runsPerPage: runCount },
    loadAverageBefore: loadBefore,
    reports,
    targets: TARGETS,
    pages,
  });
  const header = CATEGORIES.map((c) => `${c} (≥ ${TARGETS[c]}${GATED.includes(c) ? '' : ', not gated'})`);
  console.log(
    `\n${markdownTable(
      ['page', ...header],
      pages.map((p) => [p.path, ...CATEGORIES.map((c) => String(p.scores[c]))]),
    )}\n`,
  );
  console.log(
    `${markdownTable(
      ['page', ...METRICS],
      pages.map((p) => [p.path, ...METRICS.map((id) => p.metrics[id] ?? 'n/a')]),
    )}\n`,
  );
  for (const page of pages) {
    for (const lost of page.lostPoints) {
      const missed = page.scores[lost.category] < TARGETS[lost.category];
      const verdict = missed ? (GATED.includes(lost.category) ? 'FAIL' : 'MISS') : 'NOTE';
      const details = [
        lost.score === null ? 'insight' : `score ${lost.score}`,
        lost.displayValue,
        lost.savings
          ? `saves ${Object.entries(lost.savings)
              .map(([metric, value]) => `${metric} ${value}`)
              .join(', ')}`
          : undefined,
      ].filter(Boolean);
      console.log(`${verdict} ${page.path} ${lost.category}: ${lost.id} (${lost.title}): ${details.join('; ')}`);
      for (const item of lost.items) console.log(`    ${item}`);
    }
  }
  console.log(
    `Lighthouse ${lighthouseVersion}, ${environment?.hostUserAgent ?? ''}; machine load ${loadBefore.toFixed(1)} at the start`,
  );
  console.log(`Summary: ${file}; median reports: ${reports.join(', ')}`);
  const failed = pages.some((page) => GATED.some((c) => page.scores[c] < TARGETS[c]));
  return failed ? 1 : 0;
}

runMain(main);
