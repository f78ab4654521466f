import { stripVTControlCharacters } from 'node:util';
/** Where an `astro build` spent its time, in milliseconds, read from the durations its log prints. */
export interface BuildPhases {
  /** From Astro's start through content sync and type generation (the first "[build] ✓ Completed in"). */
  syncAndTypesMs: number | null;
  /** Vite's server bundle of every page and MDX module (the first "[vite] ✓ built in"). */
  serverBundleMs: number | null;
  /** Vite's client bundle of the islands and scripts (the second "[vite] ✓ built in"). */
  clientBundleMs: number | null;
  /** Rendering every page to HTML (the unlabelled "✓ Completed in" after "Rearranging server assets"). */
  renderMs: number | null;
  /** Integrations' `astro:build:done` hooks (sitemap, Pagefind, …): the total less the static build. */
  buildDoneHooksMs: number | null;
  /** Astro's own total ("N page(s) built in"); the wall time less this is Node start-up, config and setup hooks. */
  astroTotalMs: number | null;
}

// Astro writes "122ms", "15.64s", or past a minute "2m 6s".
const DURATION = String.raw`(?:(\d+)m )?(\d+(?:\.\d+)?)(ms|s)`;

function toMs(minutes: string | undefined, value: string, unit: string): number {
  return Number(minutes ?? 0) * 60_000 + (unit === 'ms' ? Number(value) : Number(value) * 1000);
}

function durations(log: string, pattern: string): number[] {
  return [...log.matchAll(new RegExp(pattern, 'gm'))].map((match) => toMs(match[1], match[2] ?? '0', match[3] ?? 's'));
}

/**
 * Reads the phases from Astro 7's build log. A phase Astro did not report (another Astro version,
 * a failed build) is null rather than a guess.
 */
export function parseBuildPhases(log: string): BuildPhases {
  // ANSI colours, in case a log was written to a terminal.
  const text = stripVTControlCharacters(log);
  const [serverBundleMs = null, clientBundleMs = null] = durations(text, String.raw`\[vite\] ✓ built in ${DURATION}`);
  const afterRearranging = text.split('Rearranging server assets')[1] ?? '';
  const [renderMs = null] = durations(afterRearranging, String.raw`^\S+ ✓ Completed in ${DURATION}`);
  const staticBuild = durations(text, String.raw`\[build\] ✓ Completed in ${DURATION}`);
  const [astroTotalMs = null] = durations(text, String.raw`\[build\] \d+ page\(s\) built in ${DURATION}`);
  // The first "[build] ✓ Completed" closes setup and sync; the second closes the static build.
  const [syncAndTypesMs = null, staticBuildMs = null] = staticBuild;
  const staticBuildEnd = syncAndTypesMs !== null && staticBuildMs !== null ? syncAndTypesMs + staticBuildMs : null;
  return {
    syncAndTypesMs,
    serverBundleMs,
    clientBundleMs,
    renderMs,
    buildDoneHooksMs: astroTotalMs !== null && staticBuildEnd !== null ? astroTotalMs - staticBuildEnd : null,
    astroTotalMs,
  };
}
