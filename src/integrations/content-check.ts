import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check';
import { readContentFiles } from './read-content-files';

/**
 * Fails the build before any page is rendered when content is wrong, with one line per problem.
 * Astro's own collection errors stop at the first file and only log some broken references.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = checkContent(readContentFiles(fileURLToPath(config.root)));
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
