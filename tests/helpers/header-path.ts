// How hosts that read `_headers` (Netlify, Cloudflare Pages) match its paths, to check the rules the build writes.

/** Whether a `_headers` path pattern matches a URL path (`*` matches anything, including slashes). */
export function matchesHeaderPath(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}
