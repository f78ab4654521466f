import type { AstroIntegration } from 'astro';

/** The hooks passed on to the parts; a part with any other hook is refused. */
const PASSED_ON = new Set(['astro:config:done', 'astro:build:done']);

/**
 * One integration that runs the `astro:build:done` hooks of `parts` at the same time instead of
 * one after another, each with its own logger: for steps after the build that do not depend on
 * each other, such as writing the article embeds (on this process's thread) and building the
 * search index (in Pagefind's own process). Only the hooks those steps use are passed on.
 */
export function concurrently(name: string, parts: AstroIntegration[]): AstroIntegration {
  const refused = parts.flatMap((part) =>
    Object.keys(part.hooks)
      .filter((hook) => !PASSED_ON.has(hook))
      .map((hook) => `${part.name} (${hook})`),
  );
  if (refused.length > 0) throw new Error(`${name} cannot pass on these hooks: ${refused.join(', ')}`);
  return {
    name,
    hooks: {
      'astro:config:done': async (options) => {
        for (const part of parts)
          await part.hooks['astro:config:done']?.({ ...options, logger: options.logger.fork(part.name) });
      },
      'astro:build:done': async (options) => {
        await Promise.all(
          parts.map((part) => part.hooks['astro:build:done']?.({ ...options, logger: options.logger.fork(part.name) })),
        );
      },
    },
  };
}
