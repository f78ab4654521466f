// `npm run audit`: builds a temporary copy of the site for the origin it is served from, and runs
// Lighthouse (mobile emulation, simulated throttling) on the home page, an article and the checklist.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { findChromium } from '../tests/helpers/browser';
import { serveDist } from '../tests/helpers/server';
import { join } from 'node:path';
import { runBuild } from './lib/astro-build';
import { copyProject, removeProjectCopy } from './lib/project-copy';
import { markdownTable, writeResults } from './lib/results';

const PAGES = ['/', '/guidance/using-whatsapp-in-schools/', '/assessments/cyber-security-checklist/'];

/** Lowest acceptable score per Lighthouse category, out of 100. */
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The lab metrics behind the performance score. */
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
  /** A few of the elements, URLs or other items the audit flagged. */
  items: string[];
}

interface PageAudit {
  path: string;
  scores: Record<Category, number>;
  metrics: Record<string, string>;
  failing: FailingAudit[];
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

/** Scored audits that lost points in a category below its target. */
function failingAudits(lhr: Result, category: Category): FailingAudit[] {
  return lhr.categories[category]!.auditRefs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
    return [{ category, id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue, items: describeItems(audit.details) }];
  });
}

function summarise(path: string, lhr: Result): PageAudit {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  return {
    path,
    scores,
    metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? 'n/a'])),
    failing: CATEGORIES.filter((c) => scores[c] < TARGETS[c]).flatMap((c) => failingAudits(lhr, c)),
  };
}

async function main(): Promise<number> {
  const projectDir = copyProject('audit');
  const server = await serveDist({}, join(projectDir, 'dist'));
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  const pages: PageAudit[] = [];
  let environment: Result['environment'] | undefined;
  let lighthouseVersion = '';
  try {
    // Canonical links and the sitemap must name the origin that Lighthouse visits.
    const build = await runBuild(projectDir, { SITE_URL: server.origin });
    console.log(`audit: built for ${server.origin} in ${(build.wallMs / 1000).toFixed(1)} s`);
    chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROME_FLAGS });
    for (const path of PAGES) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        throttlingMethod: 'simulate',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${result.lhr.runtimeError.message}`);
      environment = result.lhr.environment;
      lighthouseVersion = result.lhr.lighthouseVersion;
      pages.push(summarise(path, result.lhr));
      console.log(`audit: ${path} done`);
    }
  } finally {
    await chrome?.kill();
    await server.close();
    removeProjectCopy(projectDir);
  }

  const file = writeResults('audit', {
    date: new Date().toISOString(),
    lighthouse: lighthouseVersion,
    browser: environment?.hostUserAgent,
    benchmarkIndex: environment?.benchmarkIndex,
    settings: { formFactor: 'mobile', throttlingMethod: 'simulate' },
    targets: TARGETS,
    pages,
  });
  const header = CATEGORIES.map((c) => `${c} (≥ ${TARGETS[c]})`);
  console.log(`\n${markdownTable(['page', ...header], pages.map((p) => [p.path, ...CATEGORIES.map((c) => String(p.scores[c]))]))}\n`);
  console.log(
    `${markdownTable(['page', ...METRICS], pages.map((p) => [p.path, ...METRICS.map((id) => p.metrics[id] ?? 'n/a')]))}\n`,
  );
  for (const page of pages) {
    for (const audit of page.failing) {
      console.log(`FAIL ${page.path} ${audit.category}: ${audit.id} (${audit.title}) score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}`);
      for (const item of audit.items) console.log(`    ${item}`);
    }
  }
  console.log(`Lighthouse ${lighthouseVersion}, ${environment?.hostUserAgent ?? ''}; results: ${file}`);
  const missed = pages.some((page) => CATEGORIES.some((c) => page.scores[c] < TARGETS[c]));
  return missed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
