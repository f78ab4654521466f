import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in scripts/lib). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Astro keeps its content cache in node_modules/.astro and Vite its caches in node_modules/.vite*;
// a copy that linked node_modules whole would write into the shared tree and would not start cold.
const CACHE_ENTRIES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

const copies = new Set<string>();

function removeAllCopies(): void {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies.clear();
}

// try/finally does not run when the process is interrupted, so copies are also removed on signals.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeAllCopies();
    process.exit(130);
  });
}

/** A new folder under the system temp directory, removed on exit signals or by `removeProjectCopy`. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  copies.add(dir);
  return dir;
}

/** Links each package installed in this project into `<dir>/node_modules`, leaving out the caches. */
export function linkNodeModules(dir: string): void {
  const modules = join(PROJECT_ROOT, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!CACHE_ENTRIES.has(name)) symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
}

/**
 * Copies the project's tracked and untracked-but-not-ignored files into a new folder under the
 * system temp directory, and links each installed package into its own node_modules, so builds
 * there never write into this working tree. Remove it with `removeProjectCopy`.
 */
export function copyProject(prefix: string): string {
  const dir = makeTempDir(prefix);
  const listed = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  // A tracked file deleted in the working tree is still listed; the copy mirrors the working tree.
  const files = listed.split('\0').filter((file) => file && existsSync(join(PROJECT_ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, file), join(dir, file));
  }
  linkNodeModules(dir);
  return dir;
}

export function removeProjectCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  copies.delete(dir);
}
