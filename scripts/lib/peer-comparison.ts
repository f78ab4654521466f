import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createFloorSite } from './floor-site';
import { installPeer, resolvePeerDir, writePeerPages } from './peer-site';
import { copyProject, removeProjectCopy } from './project-copy';
import { writeResults } from './results';
import { comparisonTable, buildInterleaved, phaseTable, type Contender } from './side-by-side';
import { BENCH_AREA, benchAreaYaml, writeSyntheticArticles } from './synthetic-content';

export interface ComparisonOptions {
  articles: number;
  runs: number;
  /** The peer to build beside ours (a folder name under shared/peers), if any. */
  peer?: string;
  peerDir?: string;
  /** Also build the bare-Astro floor (the same articles with no layout), without and with a search index. */
  floor: boolean;
}

/** The floors `--floor` builds: bare Astro + MDX, then the same with Pagefind's index. */
const FLOORS: [name: string, search: boolean][] = [
  ['floor (bare Astro + MDX)', false],
  ['floor + search (bare Astro + MDX + Pagefind)', true],
];

const METHOD =
  'every site is built cold (dist/, .astro/ and the node_modules caches removed) by spawning its own `astro build`, interleaved run by run; wall time from spawn to exit; CPU time is utime + stime of the process tree and peak memory the highest sum of VmRSS over it, polled from /proc every 100 ms (largest process: the highest single VmHWM, what `/usr/bin/time -v` reports); medians over the runs; phases from the durations Astro logs';

/**
 * Builds our site, and the peer and/or the floor, with the same number of articles, interleaved,
 * and prints the side-by-side table and where each build's time went.
 */
export async function runComparison(options: ComparisonOptions): Promise<number> {
  // Resolved first, so a missing peer fails before minutes of setting up.
  const peerSource = options.peer ? resolvePeerDir(options.peer, options.peerDir) : undefined;
  const contenders: Contender[] = [];
  try {
    const ours = copyProject('bench');
    contenders.push({ name: 'ours', dir: ours });
    writeFileSync(join(ours, `content/areas/${BENCH_AREA}.yaml`), benchAreaYaml);
    writeSyntheticArticles(ours, options.articles);
    if (options.peer && peerSource) {
      console.log(`bench: installing the ${options.peer} peer from ${peerSource}`);
      const peer = installPeer(peerSource, options.peer);
      writePeerPages(peer, options.articles);
      contenders.push({ name: options.peer, dir: peer });
    }
    if (options.floor) {
      for (const [name, search] of FLOORS) {
        const floor = createFloorSite(search);
        writeSyntheticArticles(floor, options.articles);
        contenders.push({ name, dir: floor });
      }
    }

    const results = await buildInterleaved(contenders, options.runs);
    const reference = results.find((result) => result.name === options.peer);
    const file = writeResults('bench-peer', {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      articles: options.articles,
      runs: options.runs,
      method: METHOD,
      results,
    });
    console.log(`\n${options.articles} articles, ${options.runs} cold build(s) each:\n`);
    console.log(`${comparisonTable(results, reference)}\n`);
    console.log(`Where the time went (medians):\n\n${phaseTable(results)}\n`);
    console.log(`Measured: ${METHOD}.`);
    console.log(`Results: ${file}`);
    return 0;
  } finally {
    for (const contender of contenders) removeProjectCopy(contender.dir);
  }
}
