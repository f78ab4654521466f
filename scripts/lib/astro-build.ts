import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBuildPhases, type BuildPhases } from './build-phases';
import { watchProcessTree, type TreeUsage } from './process-tree';

export interface BuildRun {
  wallMs: number;
  /** Memory and CPU time of the build's process tree; null where /proc is not available. */
  usage: TreeUsage | null;
  /** The machine's one-minute load average as the build started: other work skews wall time. */
  loadBefore: number;
  /** Where the time went, from the durations in Astro's log. */
  phases: BuildPhases;
}

/** Removes the build output and every cache, so the next build starts cold. */
export function cleanBuild(projectDir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.vite-temp']) {
    rmSync(join(projectDir, path), { recursive: true, force: true });
  }
}

// Astro has moved its CLI entry between majors, so it is read from the package's own "bin".
function astroCli(projectDir: string): string {
  const manifest = JSON.parse(readFileSync(join(projectDir, 'node_modules/astro/package.json'), 'utf8')) as {
    bin: { astro: string };
  };
  return join(projectDir, 'node_modules/astro', manifest.bin.astro);
}

/**
 * Runs the production build (`astro build`, which also writes the Pagefind index) in a project
 * folder as a child process, timing it and watching its memory and CPU time. The build's output goes to
 * build.log in that folder; a failed build throws with the end of that log.
 */
export async function runBuild(projectDir: string, env: Record<string, string> = {}): Promise<BuildRun> {
  const logPath = join(projectDir, 'build.log');
  const log = openSync(logPath, 'w');
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(process.execPath, [astroCli(projectDir), 'build'], {
    cwd: projectDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', log, log],
  });
  // A build left running after the script exits would write into a temporary copy that is gone.
  const stopChild = () => child.kill();
  process.once('exit', stopChild);
  const watch = child.pid === undefined ? null : watchProcessTree(child.pid);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  }).finally(() => process.off('exit', stopChild));
  const wallMs = performance.now() - started;
  const usage = watch?.stop() ?? null;
  closeSync(log);
  const logText = readFileSync(logPath, 'utf8');
  if (code !== 0) {
    const tail = logText.trimEnd().split('\n').slice(-30).join('\n');
    throw new Error(`astro build exited with ${code} in ${projectDir}:\n${tail}`);
  }
  return { wallMs, usage, loadBefore, phases: parseBuildPhases(logText) };
}
