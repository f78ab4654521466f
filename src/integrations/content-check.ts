import type { AstroIntegration } from 'astro';
import { checkLoadedContent } from '../lib/content-check/index.ts';
import type { loadContent } from '../lib/content-check/load.ts';

/**
 * Fails the build before any page is rendered when content is wrong, with one line per problem.
 * Astro's own collection errors stop at the first file and only log some broken references. The
 * content is loaded once in astro.config.mjs, which also takes the sitemap's review dates from it.
 */
export function contentCheck(content: ReturnType<typeof loadContent>): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkLoadedContent(content);
        if (problems.length > 0) {
          const error = new Error(`Content check found ${problems.length} problem(s):\n${problems.join('\n')}`);
          error.stack = error.message; // the lines are the message; a stack trace would bury them
          throw error;
        }
        logger.info('content checked: no problems');
      },
    },
  };
}
