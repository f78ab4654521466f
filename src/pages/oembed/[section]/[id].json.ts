import type { APIRoute, GetStaticPaths } from 'astro';
import { getRenderedEmbeddables } from '../../../collections';
import { absoluteUrl } from '../../../config/addresses';
import { site } from '../../../config/site';
import { buildOembed, oembedFrame } from '../../../lib/embed/oembed';

export const getStaticPaths = (async () =>
  (await getRenderedEmbeddables()).map(({ section, id, title }) => ({
    params: { section, id },
    props: { title, section },
  }))) satisfies GetStaticPaths;

/** The static oEmbed file of one article or assessment, advertised from its full page. */
export const GET: APIRoute<{ title: string; section: 'guidance' | 'assessments' }> = ({ params, props }) => {
  const body = buildOembed({
    siteName: site.name,
    siteUrl: absoluteUrl('/'),
    title: props.title,
    ...oembedFrame(props.section, params.id ?? '', site.embed.defaultHeight),
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
};
