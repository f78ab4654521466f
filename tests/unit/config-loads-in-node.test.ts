import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Astro first imports astro.config.mjs with Node itself and, if that fails, starts a Vite server
// to load it: about half a second more on every build, check and dev start. Node strips the types
// of the .ts files it imports but needs each relative import's file extension and no syntax that
// strips to something else (such as constructor parameter properties).
describe('astro.config.mjs', () => {
  it('loads in plain Node, without Vite', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(run.stderr.split('\n').filter((line) => /Error|ERR_/.test(line))).toEqual([]);
    expect(run.status).toBe(0);
  }, 30_000);
});
