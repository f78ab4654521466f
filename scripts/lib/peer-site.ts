import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeTempDir, PROJECT_ROOT } from './project-copy';

/** What a peer folder must hold: a pinned Astro site and a generator that writes N pages into it. */
const PEER_FILES = ['package.json', 'package-lock.json', 'astro.config.mjs', 'gen.mjs'];

/**
 * Where the peer site's source is: `--peer-dir`, else `PEER_DIR`, else `peers/<name>` in the
 * `shared` folder that sits beside the repository's folder. Throws naming every place it looked.
 */
export function resolvePeerDir(name: string, optionDir: string | undefined): string {
  const candidates = optionDir
    ? [resolve(optionDir)]
    : process.env.PEER_DIR
      ? [resolve(process.env.PEER_DIR)]
      : [join(PROJECT_ROOT, '..', 'shared', 'peers', name)];
  for (const dir of candidates) {
    if (PEER_FILES.every((file) => existsSync(join(dir, file)))) return dir;
  }
  throw new Error(
    `The "${name}" peer site was not found at ${candidates.join(', ')} (a folder with ${PEER_FILES.join(', ')}). ` +
      'Point to it with --peer-dir <folder> or PEER_DIR=<folder>.',
  );
}

// The peer's folder may be read-only; its copy must not be, as the generator rewrites its pages.
function makeWritable(path: string): void {
  const stats = statSync(path);
  chmodSync(path, stats.mode | 0o200);
  if (stats.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}

/**
 * Copies the peer into a temporary folder (never into the repository) and installs its pinned
 * packages from the registry: `npm ci`, or `npm install` from the same lock file when npm finds the
 * lock out of step with package.json.
 */
export function installPeer(sourceDir: string, name: string): string {
  const dir = makeTempDir(`bench-peer-${name}`);
  cpSync(sourceDir, dir, {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|dist|\.astro|results|logs)$/.test(path),
  });
  makeWritable(dir);
  const npm = (args: string[]) =>
    execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'pipe' });
  try {
    npm(['ci']);
  } catch {
    console.log(`bench: npm ci refused the ${name} peer's lock file; installing from it with npm install`);
    npm(['install']);
  }
  return dir;
}

/** Writes `pages` generated pages into the peer with its own generator (which replaces earlier ones). */
export function writePeerPages(dir: string, pages: number): void {
  execFileSync(process.execPath, ['gen.mjs', String(pages)], { cwd: dir, stdio: 'pipe' });
}
