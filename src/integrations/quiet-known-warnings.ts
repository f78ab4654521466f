import type { AstroIntegration } from 'astro';
import { isAstroHeadInjectWarning } from '../lib/build/known-warnings.ts';

/**
 * Drops the bundler's warning about Astro's own MDX directive (src/lib/build/known-warnings.ts)
 * from the build log; every other warning is printed as before. A Vite plugin, because Astro
 * builds the pages with its own bundler options and does not pass on the project's `onwarn`.
 */
export function quietKnownWarnings(): AstroIntegration {
  return {
    name: 'quiet-known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'quiet-known-warnings',
                onLog: (level, log) => (level === 'warn' && isAstroHeadInjectWarning(log) ? false : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
