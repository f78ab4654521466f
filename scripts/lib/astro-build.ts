import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { watchProcessTreeMemory, type MemoryPeak } from './process-memory';

export interface BuildRun {
  wallMs: number;
  /** Null where /proc is not available. */
  memory: MemoryPeak | null;
}

/** Removes the build output and every cache, so the next build starts cold. */
export function cleanBuild(projectDir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(projectDir, path), { recursive: true, force: true });
  }
}

/**
 * Runs the production build (`astro build`, which also writes the Pagefind index) in a project
 * folder as a child process, timing it and watching its memory. The build's output goes to
 * build.log in that folder; a failed build throws with the end of that log.
 */
export async function runBuild(projectDir: string, env: Record<string, string> = {}): Promise<BuildRun> {
  const logPath = join(projectDir, 'build.log');
  const log = openSync(logPath, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, [join(projectDir, 'node_modules/astro/astro.js'), 'build'], {
    cwd: projectDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', log, log],
  });
  const watch = child.pid === undefined ? null : watchProcessTreeMemory(child.pid);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const wallMs = performance.now() - started;
  const memory = watch?.stop() ?? null;
  closeSync(log);
  if (code !== 0) {
    const tail = readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
    throw new Error(`astro build exited with ${code} in ${projectDir}:\n${tail}`);
  }
  return { wallMs, memory };
}
