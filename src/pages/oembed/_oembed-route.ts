import type { APIRoute } from 'astro';
import { site } from '../../config/site';
import { buildOembed } from '../../lib/embed/oembed';

/** The GET handler of a static oEmbed file for one page; shared by the guidance and assessment routes. */
export function oembedRoute(section: 'guidance' | 'assessments'): APIRoute<{ title: string }> {
  return ({ params, props, site: siteUrl }) => {
    const body = buildOembed({
      siteName: site.name,
      siteUrl: (siteUrl ?? new URL(site.url)).origin,
      title: props.title,
      embedPath: `/embed/${section}/${params.id}/`,
      height: site.embed.defaultHeight,
    });
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
  };
}
