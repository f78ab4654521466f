/** A log record as Rolldown hands it to a plugin's `onLog` hook. */
export interface BundlerLog {
  /** Rolldown's code for the kind of log, e.g. `MODULE_LEVEL_DIRECTIVE`. */
  code?: string;
  /** The text it would print. */
  message: string;
}

/**
 * Astro marks every MDX module with a `"use astro:head-inject"` directive, and Rolldown warns that
 * it may not be preserved: ten lines per article, 10,000 at 1,000 articles, none about this
 * project's code (withastro/astro#18087, open). Left in, they bury the warnings that matter.
 */
export function isAstroHeadInjectWarning(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
