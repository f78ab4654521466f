// `npm run bench [-- --articles 10,100,1000 --runs 3]`: builds a temporary copy of the site with N
// synthetic articles and reports how build time, memory and output grow with N. The trust
// dashboard's budgets (thousands of result files) have their own script: `npm run bench:dashboard`.
// `npm run bench -- --peer starlight [--floor] [--articles 1000 --runs 3 --peer-dir <folder>]`: builds
// ours beside a peer site (and/or the bare-Astro floors, without and with search) with the same number
// of pages, interleaved.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readText } from './lib/dist';
import { cssWeight, javascriptWeight, weigh, type Weight } from './lib/page-weight';
import { cleanBuild, runBuild, type BuildRun } from './lib/astro-build';
import { dirSize, type DirSize } from './lib/dir-size';
import { runComparison } from './lib/peer-comparison';
import { copyProject, removeProjectCopy } from './lib/project-copy';
import { formatBytes, markdownTable, writeResults } from './lib/results';
import { median } from './lib/stats';
import { BENCH_AREA, benchArticleId, benchAreaYaml, writeSyntheticArticles } from './lib/synthetic-content';
import { runMain } from './lib/run-main';

/** The synthetic article whose page is weighed; its text is the same at every size of 4 or more. */
const ARTICLE_PAGE = `/guidance/${benchArticleId(1)}/`;
/** Pages that must not grow with the number of articles (area, updates and search pages may). */
const FIXED_PAGES = [ARTICLE_PAGE, '/', '/assessments/cyber-security-checklist/'];
/** How much a fixed page may grow from the smallest to the largest library before it counts as growing. */
const GROWTH_LIMIT = 1.2;
const MEASUREMENT_METHOD =
  'wall time from spawning `astro build` to its exit; peak memory is the highest sum of VmRSS over the build process and all its descendants (Node and the Pagefind binary), polled from /proc every 100 ms, and peakProcessBytes the largest single VmHWM; CPU time is the sum of utime + stime of those processes, from the same polling';

interface SizeResult {
  articles: number;
  runs: BuildRun[];
  wallMs: { median: number; min: number; max: number };
  perArticleMs: number;
  /** Extra build time per extra article since the previous size: flat when the build is linear. */
  marginalMsPerArticle: number | null;
  /** Median CPU time (user + system) of the build's process tree: steadier than wall time on a shared machine. */
  cpuMs: number | null;
  peakMemoryBytes: number | null;
  peakProcessBytes: number | null;
  dist: DirSize;
  searchIndex: DirSize;
  articlePage: { path: string; html: Weight; css: Weight; js: Weight };
  fixedPagesHtmlBytes: Record<string, number>;
}

function positiveIntegers(text: string, option: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.length === 0 || values.some((value) => !Number.isInteger(value) || value < 1)) {
    throw new Error(`--${option} takes positive whole numbers separated by commas, not "${text}"`);
  }
  return values;
}

function measureOutput(
  projectDir: string,
  articles: number,
  runs: BuildRun[],
  previous: SizeResult | undefined,
): SizeResult {
  const dist = join(projectDir, 'dist');
  const times = runs.map((run) => run.wallMs);
  const wallMedian = median(times);
  const usages = runs.map((run) => run.usage).filter((usage) => usage !== null);
  return {
    articles,
    runs,
    wallMs: { median: wallMedian, min: Math.min(...times), max: Math.max(...times) },
    perArticleMs: wallMedian / articles,
    marginalMsPerArticle: previous ? (wallMedian - previous.wallMs.median) / (articles - previous.articles) : null,
    cpuMs: usages.length > 0 ? median(usages.map((usage) => usage.cpuMs)) : null,
    peakMemoryBytes: usages.length > 0 ? Math.max(...usages.map((usage) => usage.peakRssBytes)) : null,
    peakProcessBytes: usages.length > 0 ? Math.max(...usages.map((usage) => usage.peakProcessBytes)) : null,
    dist: dirSize(dist),
    searchIndex: dirSize(join(dist, 'pagefind')),
    articlePage: {
      path: ARTICLE_PAGE,
      html: weigh(readText(ARTICLE_PAGE, dist)),
      css: cssWeight(ARTICLE_PAGE, dist),
      js: javascriptWeight(ARTICLE_PAGE, dist),
    },
    fixedPagesHtmlBytes: Object.fromEntries(FIXED_PAGES.map((path) => [path, Buffer.byteLength(readText(path, dist))])),
  };
}

/** One line per fixed page that grew by more than the limit between the smallest and largest library. */
function growthWarnings(results: SizeResult[]): string[] {
  const smallest = results.reduce((a, b) => (b.articles < a.articles ? b : a));
  const largest = results.reduce((a, b) => (b.articles > a.articles ? b : a));
  if (smallest === largest) return [];
  return FIXED_PAGES.flatMap((path) => {
    const before = smallest.fixedPagesHtmlBytes[path] ?? 0;
    const after = largest.fixedPagesHtmlBytes[path] ?? 0;
    return after > before * GROWTH_LIMIT
      ? [
          `WARNING: ${path} HTML grows with the library: ${before} bytes at ${smallest.articles} articles, ${after} at ${largest.articles} (over ${GROWTH_LIMIT}x)`,
        ]
      : [];
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rawAndGzip = (weight: Weight) => `${formatBytes(weight.raw)} / ${formatBytes(weight.gzip)}`;

function table(results: SizeResult[]): string {
  return markdownTable(
    [
      'articles',
      'build median (min–max)',
      'per article',
      'marginal per article',
      'CPU time',
      'peak memory',
      'dist/',
      'article HTML raw / gz',
      'article CSS raw / gz',
      'article JS raw / gz',
      'search index',
    ],
    results.map((r) => [
      String(r.articles),
      `${seconds(r.wallMs.median)} (${seconds(r.wallMs.min)}–${seconds(r.wallMs.max)})`,
      `${r.perArticleMs.toFixed(0)} ms`,
      r.marginalMsPerArticle === null ? '–' : `${r.marginalMsPerArticle.toFixed(0)} ms`,
      r.cpuMs === null ? 'n/a' : seconds(r.cpuMs),
      r.peakMemoryBytes === null ? 'n/a' : formatBytes(r.peakMemoryBytes),
      `${formatBytes(r.dist.bytes)} (${r.dist.files} files)`,
      rawAndGzip(r.articlePage.html),
      rawAndGzip(r.articlePage.css),
      rawAndGzip(r.articlePage.js),
      `${formatBytes(r.searchIndex.bytes)} (${r.searchIndex.files} files)`,
    ]),
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      runs: { type: 'string', default: '3' },
      peer: { type: 'string' },
      'peer-dir': { type: 'string' },
      floor: { type: 'boolean', default: false },
    },
  });
  const [runCount = 1] = positiveIntegers(values.runs, 'runs');
  if (values.peer !== undefined || values.floor) {
    const [articles = 1000, ...more] = positiveIntegers(values.articles ?? '1000', 'articles');
    if (more.length > 0) throw new Error('--articles takes one number when comparing with a peer or the floor');
    return runComparison({
      articles,
      runs: runCount,
      peer: values.peer,
      peerDir: values['peer-dir'],
      floor: values.floor,
    });
  }
  const sizes = [...new Set(positiveIntegers(values.articles ?? '10,100,1000', 'articles'))].sort((a, b) => a - b);

  const projectDir = copyProject('bench');
  const results: SizeResult[] = [];
  try {
    writeFileSync(join(projectDir, `content/areas/${BENCH_AREA}.yaml`), benchAreaYaml);
    for (const articles of sizes) {
      writeSyntheticArticles(projectDir, articles);
      const runs: BuildRun[] = [];
      for (let run = 1; run <= runCount; run += 1) {
        cleanBuild(projectDir);
        const result = await runBuild(projectDir);
        runs.push(result);
        const usage = result.usage
          ? `, CPU ${seconds(result.usage.cpuMs)}, peak ${formatBytes(result.usage.peakRssBytes)}`
          : '';
        console.log(
          `bench: ${articles} articles, run ${run}/${runCount}: ${seconds(result.wallMs)}${usage} (load ${result.loadBefore.toFixed(1)})`,
        );
      }
      results.push(measureOutput(projectDir, articles, runs, results.at(-1)));
    }
  } finally {
    removeProjectCopy(projectDir);
  }

  const warnings = growthWarnings(results);
  const file = writeResults('bench', {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    runsPerSize: runCount,
    method: MEASUREMENT_METHOD,
    growthLimit: GROWTH_LIMIT,
    warnings,
    results,
  });
  console.log(`\n${table(results)}\n`);
  console.log(`Measured: ${MEASUREMENT_METHOD}.`);
  console.log(`Results: ${file}`);
  console.log('For the trust dashboard with thousands of result files, run `npm run bench:dashboard`.');
  for (const warning of warnings) console.log(warning);
  return warnings.length === 0 ? 0 : 1;
}

runMain(main);
