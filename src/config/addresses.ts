import { createAddresses } from '../lib/site/addresses';

/**
 * The site's addresses under the base path it is built for (Astro's `base`, set by BASE_PATH in
 * astro.config.mjs). Pages, components, islands and browser scripts all build links with this.
 */
export const to = createAddresses(import.meta.env.BASE_URL);

/** The absolute URL of a path within the site, for canonical links, feeds and embed codes. */
export function absoluteUrl(path: string): string {
  return new URL(to.page(path), import.meta.env.SITE).href;
}
