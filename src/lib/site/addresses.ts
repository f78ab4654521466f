import { guidanceHref } from '../assessment/guidance.ts';
import { chosenPageQuery } from '../embed/chosen-page.ts';

/** The one page with the embed codes: it shows those of the page named in its query. */
export const EMBED_CODE_PATH = '/embed-this/';

/**
 * Every address inside the site, for a site served under `base` ("/" at the root of a domain,
 * "/guidance-hub/" in a sub-folder). Callers name pages by their path within the site, such as
 * "/guidance/a/"; only this module knows where the site sits, so nothing writes the base by hand.
 */
export interface Addresses {
  /** The base path, always starting and ending with "/". */
  base: string;
  /** The address of a path within the site: "/guidance/a/#x" -> "/guidance-hub/guidance/a/#x". */
  page(path: string): string;
  /** The path within the site of an address, or null when it is outside the site: the inverse of page. */
  pathWithin(address: string): string | null;
  article(id: string): string;
  assessment(id: string): string;
  area(id: string): string;
  /** A question's guidance, "<article-id>#<heading-id>", as a link to that heading. */
  guidance(ref: string): string;
  /** The embed page of a full page given by its path within the site, e.g. "/guidance/a/". */
  embed(fullPath: string): string;
  /** The embed-code page, showing the codes of a full page: "/guidance/a/" -> ".../embed-this/?page=guidance/a". */
  embedCode(fullPath: string): string;
  /** The static oEmbed file of a full page: "/guidance/a/" -> ".../oembed/guidance/a.json". */
  oembed(fullPath: string): string;
  /** Every assessment's definition as JSON, which the trust dashboard fetches when it first reads a file. */
  dashboardDefinitions(): string;
}

/** "/", "guidance-hub", "/guidance-hub" and "/guidance-hub/" all become "/" or "/guidance-hub/". */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function createAddresses(base: string): Addresses {
  const root = normaliseBase(base);
  const page = (path: string) => {
    if (!path.startsWith('/')) throw new RangeError(`a path within the site starts with "/": ${path}`);
    return `${root}${path.slice(1)}`;
  };
  return {
    base: root,
    page,
    pathWithin: (address) => (address.startsWith(root) ? `/${address.slice(root.length)}` : null),
    article: (id) => page(`/guidance/${id}/`),
    assessment: (id) => page(`/assessments/${id}/`),
    area: (id) => page(`/areas/${id}/`),
    guidance: (ref) => guidanceHref(ref, root),
    embed: (fullPath) => page(`/embed${fullPath}`),
    embedCode: (fullPath) => `${page(EMBED_CODE_PATH)}?${chosenPageQuery(fullPath)}`,
    oembed: (fullPath) => page(`/oembed${fullPath.replace(/\/$/, '')}.json`),
    dashboardDefinitions: () => page('/trust-dashboard/definitions.json'),
  };
}
