import { absoluteUrl, to } from '../config/addresses';
import type { APIRoute } from 'astro';

// Crawlers read robots.txt only at the root of a domain; in a sub-folder the file is harmless and
// the sitemap line still helps when it is submitted by hand.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: ${to.embed('/')}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
