import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolvePeerDir } from '../../scripts/lib/peer-site';

let root: string;

function peerFolder(name: string, files: string[]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file), '');
  return dir;
}

const COMPLETE = ['package.json', 'package-lock.json', 'astro.config.mjs', 'gen.mjs'];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'peer-dir-test-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe('resolvePeerDir', () => {
  it('uses the folder given with --peer-dir', () => {
    const dir = peerFolder('given', COMPLETE);
    expect(resolvePeerDir('starlight', dir)).toBe(dir);
  });

  it('uses PEER_DIR when no folder is given', () => {
    const dir = peerFolder('from-env', COMPLETE);
    vi.stubEnv('PEER_DIR', dir);
    expect(resolvePeerDir('starlight', undefined)).toBe(dir);
  });

  it('prefers --peer-dir to PEER_DIR', () => {
    const given = peerFolder('given', COMPLETE);
    vi.stubEnv('PEER_DIR', peerFolder('from-env', COMPLETE));
    expect(resolvePeerDir('starlight', given)).toBe(given);
  });

  it('names the folder it looked in, the missing files and how to point elsewhere', () => {
    const dir = peerFolder('no-generator', ['package.json', 'package-lock.json', 'astro.config.mjs']);
    expect(() => resolvePeerDir('starlight', dir)).toThrow(
      `The "starlight" peer site was not found at ${dir} (a folder with package.json, package-lock.json, astro.config.mjs, gen.mjs). Point to it with --peer-dir <folder> or PEER_DIR=<folder>.`,
    );
  });
});
