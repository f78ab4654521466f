import { createAddresses } from '../site/addresses.ts';
import { headerPolicy } from './csp.ts';

/** One `_headers` rule: a path pattern and the headers a host adds to responses that match it. */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Headers every response gets. */
export const COMMON_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  ],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
];

/** Hashed assets under /_astro/ never change under the same name: a year, and no revalidation. */
export const IMMUTABLE_CACHE: [string, string] = ['Cache-Control', 'public, max-age=31536000, immutable'];

export interface HeadersOptions {
  /** Top-level names in the built site (folders and files), e.g. ["guidance", "embed", "index.html"]. */
  topLevel: string[];
  /** Who may frame /embed/ pages: CSP sources such as "https:" or "https://intranet.trust.org.uk". */
  embedAncestors: string[];
  /** The base path the site is served under: "/" unless it lives in a sub-folder. */
  base?: string;
}

/**
 * The rules for Netlify and Cloudflare Pages. Both hosts merge every rule that matches a path, so
 * the site's frame policy is given per top-level folder rather than for `/*`: that way no path gets
 * two Content-Security-Policy headers (which browsers would both enforce, blocking embeds).
 */
export function buildHeaderRules({ topLevel, embedAncestors, base = '/' }: HeadersOptions): HeaderRule[] {
  const to = createAddresses(base);
  const sitePolicy: [string, string][] = [
    ['Content-Security-Policy', headerPolicy("'self'")],
    ['X-Frame-Options', 'SAMEORIGIN'],
  ];
  const sitePaths = [
    to.page('/'),
    ...topLevel
      .filter((name) => name !== 'embed' && !name.startsWith('.') && !name.startsWith('_'))
      .sort()
      .map((name) => to.page(name.includes('.') ? `/${name}` : `/${name}/*`)),
  ];
  return [
    { path: to.page('/*'), headers: COMMON_HEADERS },
    ...sitePaths.map((path) => ({ path, headers: sitePolicy })),
    { path: to.page('/embed/*'), headers: [['Content-Security-Policy', headerPolicy(embedAncestors.join(' '))]] },
    { path: to.page('/oembed/*'), headers: [['Access-Control-Allow-Origin', '*']] },
    { path: to.page('/_astro/*'), headers: [IMMUTABLE_CACHE] },
  ];
}

/** The `_headers` file text. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Security headers for hosts that read _headers (Netlify, Cloudflare Pages). Generated at build.\n${blocks.join('\n')}\n`;
}
