import { cleanBuild, runBuild, type BuildRun } from './astro-build';
import type { BuildPhases } from './build-phases';
import { dirSize } from './dir-size';
import { formatBytes, markdownTable } from './results';
import { median } from './stats';

/** One site in the comparison: where it is built and what it is called in the table. */
export interface Contender {
  name: string;
  dir: string;
}

export interface ContenderResult {
  name: string;
  runs: BuildRun[];
  /** HTML files the last build wrote. */
  pages: number;
  wallMs: { median: number; min: number; max: number };
  /** Medians over the runs; null where /proc is not available. */
  cpuMs: number | null;
  peakRssBytes: number | null;
  peakProcessBytes: number | null;
  /** Median of each phase over the runs. */
  phases: Record<keyof BuildPhases, number | null>;
}

function countHtml(dir: string): number {
  return dirSize(dir, (name) => name.endsWith('.html')).files;
}

const medianOrNull = (values: (number | null | undefined)[]): number | null => {
  const known = values.filter((value): value is number => typeof value === 'number');
  return known.length === values.length && known.length > 0 ? median(known) : null;
};

function summarise(contender: Contender, runs: BuildRun[]): ContenderResult {
  const walls = runs.map((run) => run.wallMs);
  const phaseNames = Object.keys(runs[0]?.phases ?? {}) as (keyof BuildPhases)[];
  return {
    name: contender.name,
    runs,
    pages: countHtml(`${contender.dir}/dist`),
    wallMs: { median: median(walls), min: Math.min(...walls), max: Math.max(...walls) },
    cpuMs: medianOrNull(runs.map((run) => run.usage?.cpuMs)),
    peakRssBytes: medianOrNull(runs.map((run) => run.usage?.peakRssBytes)),
    peakProcessBytes: medianOrNull(runs.map((run) => run.usage?.peakProcessBytes)),
    phases: Object.fromEntries(
      phaseNames.map((phase) => [phase, medianOrNull(runs.map((run) => run.phases[phase]))]),
    ) as ContenderResult['phases'],
  };
}

/**
 * Cold-builds each site `runs` times, interleaved (A B C, then B C A, …) so that a busy spell on a
 * shared machine falls on every site alike rather than on whichever was measured during it.
 */
export async function buildInterleaved(contenders: Contender[], runs: number): Promise<ContenderResult[]> {
  const byName = new Map(contenders.map((contender) => [contender.name, [] as BuildRun[]]));
  for (let run = 0; run < runs; run += 1) {
    const order = contenders.map((_, index) => contenders[(index + run) % contenders.length] as Contender);
    for (const contender of order) {
      cleanBuild(contender.dir);
      const result = await runBuild(contender.dir);
      byName.get(contender.name)?.push(result);
      const usage = result.usage
        ? `, CPU ${seconds(result.usage.cpuMs)}, peak ${formatBytes(result.usage.peakRssBytes)}`
        : '';
      console.log(
        `bench: ${contender.name}, run ${run + 1}/${runs}: ${seconds(result.wallMs)}${usage} (load ${result.loadBefore.toFixed(1)})`,
      );
    }
  }
  return contenders.map((contender) => summarise(contender, byName.get(contender.name) ?? []));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const maybe = (value: number | null, format: (value: number) => string) => (value === null ? 'n/a' : format(value));
const ratio = (ours: number | null, theirs: number | null) =>
  ours === null || theirs === null || theirs === 0 ? 'n/a' : `${(ours / theirs).toFixed(2)}x`;

/** The side-by-side table: one row per site, and its ratios to the reference site (the peer). */
export function comparisonTable(results: ContenderResult[], reference: ContenderResult | undefined): string {
  const ratioHeaders = reference ? [`wall vs ${reference.name}`, 'CPU vs', 'memory vs'] : [];
  return markdownTable(
    [
      'site',
      'pages written',
      'wall median (min–max)',
      'CPU time',
      'peak memory, process tree',
      'largest process',
      ...ratioHeaders,
    ],
    results.map((r) => [
      r.name,
      String(r.pages),
      `${seconds(r.wallMs.median)} (${seconds(r.wallMs.min)}–${seconds(r.wallMs.max)})`,
      maybe(r.cpuMs, seconds),
      maybe(r.peakRssBytes, formatBytes),
      maybe(r.peakProcessBytes, formatBytes),
      ...(reference
        ? [
            ratio(r.wallMs.median, reference.wallMs.median),
            ratio(r.cpuMs, reference.cpuMs),
            ratio(r.peakRssBytes, reference.peakRssBytes),
          ]
        : []),
    ]),
  );
}

/** Where each site's build spent its time (medians, from the durations Astro logs). */
export function phaseTable(results: ContenderResult[]): string {
  const beforeAstro = (r: ContenderResult) =>
    r.phases.astroTotalMs === null ? null : r.wallMs.median - r.phases.astroTotalMs;
  return markdownTable(
    [
      'site',
      'start-up, config, setup hooks',
      'content sync + types',
      'server bundle',
      'client bundle',
      'rendering',
      'build:done hooks',
    ],
    results.map((r) => [
      r.name,
      maybe(beforeAstro(r), seconds),
      maybe(r.phases.syncAndTypesMs, seconds),
      maybe(r.phases.serverBundleMs, seconds),
      maybe(r.phases.clientBundleMs, seconds),
      maybe(r.phases.renderMs, seconds),
      maybe(r.phases.buildDoneHooksMs, seconds),
    ]),
  );
}
