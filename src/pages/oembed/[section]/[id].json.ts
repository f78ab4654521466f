import type { APIRoute, GetStaticPaths } from 'astro';
import { getRenderedEmbeddables } from '../../../collections';
import { absoluteUrl } from '../../../config/addresses';
import { site } from '../../../config/site';
import { oembedFileText } from '../../../lib/embed/oembed';

export const getStaticPaths = (async () =>
  (await getRenderedEmbeddables()).map(({ section, id, title }) => ({
    params: { section, id },
    props: { title, section },
  }))) satisfies GetStaticPaths;

/** The static oEmbed file of one article or assessment, advertised from its full page. */
export const GET: APIRoute<{ title: string; section: 'guidance' | 'assessments' }> = ({ params, props }) => {
  const provider = { name: site.name, url: absoluteUrl('/'), articleHeight: site.embed.defaultHeight };
  const body = oembedFileText(props.section, params.id ?? '', props.title, provider);
  return new Response(body, { headers: { 'Content-Type': 'application/json+oembed' } });
};
