import { buildPlainIframe } from './snippet';

/** An oEmbed 1.0 "rich" response, as sites that understand oEmbed expect it. */
export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number | null;
  height: number;
  cache_age: number;
}

export interface OembedOptions {
  siteName: string;
  /** The site's address, e.g. `https://bestpractice.schools.example/` (with its sub-folder, if any). */
  siteUrl: string;
  title: string;
  /** The embed page's path within the site, starting `/embed/`. */
  embedPath: string;
  height: number;
}

/** The oEmbed description of an embeddable page: the plain iframe, which works on any host. */
export function buildOembed({ siteName, siteUrl, title, embedPath, height }: OembedOptions): OembedResponse {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: siteName,
    provider_url: new URL(siteUrl).href,
    html: buildPlainIframe({ siteUrl, path: embedPath, title, height }),
    width: null,
    height,
    cache_age: 86_400,
  };
}
