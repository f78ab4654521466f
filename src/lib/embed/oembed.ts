import { buildPlainIframe, CARD_HEIGHT, EMBED_WIDTH } from './snippet.ts';

/** An oEmbed 1.0 "rich" response, as sites that understand oEmbed expect it. */
export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  /** Whole pixels, as the oEmbed spec requires (never null). */
  width: number;
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

/**
 * What an oEmbed consumer gets for a page. WordPress, the commonest, runs the frame sandboxed with
 * scripts but no storage and no script from our origin, so an assessment there would be dead: it
 * gets the card, which needs no script and links to the full page. Articles read fine as they are.
 */
export function oembedFrame(
  section: 'guidance' | 'assessments',
  id: string,
  articleHeight: number,
): { embedPath: string; height: number } {
  return section === 'assessments'
    ? { embedPath: `/embed/card/assessments/${id}/`, height: CARD_HEIGHT }
    : { embedPath: `/embed/guidance/${id}/`, height: articleHeight };
}

/** The oEmbed description of an embeddable page: a plain iframe, which works on any host. */
export function buildOembed({ siteName, siteUrl, title, embedPath, height }: OembedOptions): OembedResponse {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: siteName,
    provider_url: new URL(siteUrl).href,
    html: buildPlainIframe({ siteUrl, path: embedPath, title, height }),
    width: EMBED_WIDTH,
    height,
    cache_age: 86_400,
  };
}

/** The site as an oEmbed provider: what every page's oEmbed file shares. */
export interface OembedProvider {
  /** The site's name. */
  name: string;
  /** The site's address, with its sub-folder if any. */
  url: string;
  /** The height of an article's embed frame, in pixels. */
  articleHeight: number;
}

/** The text of a page's static oEmbed file: one function for the route and the build's article writer. */
export function oembedFileText(
  section: 'guidance' | 'assessments',
  id: string,
  title: string,
  provider: OembedProvider,
): string {
  const frame = oembedFrame(section, id, provider.articleHeight);
  return JSON.stringify(buildOembed({ siteName: provider.name, siteUrl: provider.url, title, ...frame }));
}
