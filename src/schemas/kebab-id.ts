// The pattern of every id (file names, slugs, question ids). No zod here, so that browser code can
// check an id without bundling zod; src/schemas/common.ts builds the zod schema on it.

/** Lower-case words joined by hyphens, unanchored, so that longer patterns can be built from it. */
export const KEBAB_ID = '[a-z0-9]+(-[a-z0-9]+)*';
