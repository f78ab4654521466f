import { headerPolicy } from '../security/csp.ts';
import { COMMON_HEADERS, IMMUTABLE_CACHE } from '../security/headers.ts';

/** A response header: name and value. */
export type Header = [string, string];

/**
 * A part of the site whose responses get their own complete set of headers. Hosts other than
 * Netlify and Cloudflare do not merge header rules (nginx, IIS, Azure), so each set is complete.
 */
export interface Section {
  /** Path within the site, e.g. "/embed/"; "/" is the rest of the site. */
  prefix: string;
  headers: Header[];
}

/**
 * File types a host must know to serve the search index: Pagefind's own extensions (IIS answers
 * 404 for any extension it has no type for) plus WebAssembly and JSON, missing on older servers.
 */
export const MIME_TYPES: [extension: string, type: string][] = [
  ['.pagefind', 'application/octet-stream'],
  ['.pf_filter', 'application/octet-stream'],
  ['.pf_fragment', 'application/octet-stream'],
  ['.pf_index', 'application/octet-stream'],
  ['.pf_meta', 'application/octet-stream'],
  ['.wasm', 'application/wasm'],
  ['.json', 'application/json'],
];

/** The page every host shows for an address it does not have, as a path within the site. */
export const NOT_FOUND_PAGE = '/404.html';

/**
 * The one set of rules behind every host's configuration, most specific first, "/" last: the site
 * may be framed only by itself; /embed/ by the allow-list from site.yaml; oEmbed files may be read
 * from any origin; hashed assets are cached for good.
 */
export function hostSections(embedAncestors: string[]): Section[] {
  const site: Header[] = [
    ...COMMON_HEADERS,
    ['Content-Security-Policy', headerPolicy("'self'")],
    ['X-Frame-Options', 'SAMEORIGIN'],
  ];
  return [
    {
      prefix: '/embed/',
      headers: [...COMMON_HEADERS, ['Content-Security-Policy', headerPolicy(embedAncestors.join(' '))]],
    },
    { prefix: '/oembed/', headers: [...site, ['Access-Control-Allow-Origin', '*']] },
    { prefix: '/_astro/', headers: [...site, IMMUTABLE_CACHE] },
    { prefix: '/', headers: site },
  ];
}
