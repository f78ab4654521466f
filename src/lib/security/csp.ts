/**
 * The site's Content-Security-Policy, in one place. Astro writes it as a <meta> tag on every page
 * (astro.config.mjs passes `metaDirectives` and `scriptResources` to `security.csp`), adding each
 * page's script and style hashes; the host headers (./headers.ts) add what a meta tag cannot say.
 */

/** Directives for the <meta> tag. Scripts and styles are left to Astro, which lists their hashes. */
export const metaDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'self'",
] as const;

/** Script sources besides the hashes: Pagefind compiles its WebAssembly search engine in the browser. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Directives repeated in the header because they do not depend on the page's hashes. Browsers
 * enforce every policy they get, so a script-src here would block the hashed scripts the meta allows.
 */
const HEADER_REPEATS = ['object-src', 'base-uri', 'form-action'];

/**
 * The header policy: `frame-ancestors`, which browsers ignore in a meta tag, then the directives
 * above that are safe to repeat. `frameAncestors` is a space-separated source list.
 */
export function headerPolicy(frameAncestors: string): string {
  const repeated = metaDirectives.filter((directive) => HEADER_REPEATS.includes(directive.split(' ')[0] ?? ''));
  return [`frame-ancestors ${frameAncestors}`, ...repeated].join('; ');
}
