import { describe, expect, it } from 'vitest';
import { parseBuildPhases } from '../../scripts/lib/build-phases';

// The lines Astro 7.3 prints during `astro build`, trimmed of the per-page lines between them.
const LOG = [
  '23:13:48 [content-check] content checked: no problems',
  '23:13:58 [content] Syncing content',
  '23:13:59 [content] Synced content',
  '23:13:59 [types] Generated 9.96s',
  '23:13:59 [build] Collecting build info...',
  '23:14:00 [build] ✓ Completed in 15.89s.',
  '23:14:00 [build] Building static entrypoints...',
  '23:14:15 [vite] ✓ built in 15.64s',
  '23:14:19 [vite] ✓ built in 122ms',
  '23:14:19 [build] Rearranging server assets...',
  '23:14:19 ▶ src/pages/index.astro',
  '23:14:25 ✓ Completed in 6.21s.',
  '23:14:25 [build] ✓ Completed in 25.63s.',
  '23:14:29 [pagefind-index] search index: 342 pages',
  '23:14:29 [build] 342 page(s) built in 45.81s',
  '23:14:29 [build] Complete!',
].join('\n');

describe('parseBuildPhases', () => {
  it('reads each phase from the durations Astro prints', () => {
    expect(parseBuildPhases(LOG)).toEqual({
      syncAndTypesMs: 15_890,
      serverBundleMs: 15_640,
      clientBundleMs: 122,
      renderMs: 6_210,
      // 45.81 s in all, less 15.89 s of setup and sync and 25.63 s of static build.
      buildDoneHooksMs: expect.closeTo(4_290, 6) as number,
      astroTotalMs: 45_810,
    });
  });

  it('reads durations over a minute, which Astro writes in minutes and seconds', () => {
    const slow = LOG.replace('✓ Completed in 6.21s.', '✓ Completed in 2m 6s.');
    expect(parseBuildPhases(slow).renderMs).toBe(126_000);
  });

  it('reads a log written to a terminal, with colour codes', () => {
    const coloured = LOG.replace('[vite] ✓ built in 15.64s', '\u001b[32m[vite]\u001b[39m ✓ built in 15.64s');
    expect(parseBuildPhases(coloured).serverBundleMs).toBe(15_640);
  });

  it('gives null for phases a failed build never reached', () => {
    const failed = LOG.split('\n').slice(0, 9).join('\n');
    expect(parseBuildPhases(failed)).toEqual({
      syncAndTypesMs: 15_890,
      serverBundleMs: 15_640,
      clientBundleMs: 122,
      renderMs: null,
      buildDoneHooksMs: null,
      astroTotalMs: null,
    });
  });
});
