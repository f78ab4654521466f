import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../collections';
import { absoluteUrl } from '../config/addresses';
import { site } from '../config/site';

const asRssDate = (date: string) => new Date(`${date}T00:00:00Z`);

export const GET: APIRoute = async (context) => {
  const articles = await getArticles();
  // Newest review first, so the channel last changed on the first article's review date.
  const lastChange = articles[0]?.data.reviewed;
  return rss({
    title: `${site.name}: best-practice updates`,
    description: site.description,
    site: context.site ?? site.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: articles.map((article) => {
      const link = absoluteUrl(`/guidance/${article.id}/`);
      return {
        title: article.data.title,
        description: article.data.summary,
        link,
        pubDate: asRssDate(article.data.reviewed),
        // A new id at each review, so feed readers show a re-reviewed article as a new update.
        customData: `<guid isPermaLink="false">${link}#reviewed-${article.data.reviewed}</guid>`,
      };
    }),
    customData: [
      '<language>en-gb</language>',
      `<atom:link href="${absoluteUrl('/rss.xml')}" rel="self" type="application/rss+xml"/>`,
      lastChange ? `<lastBuildDate>${asRssDate(lastChange).toUTCString()}</lastBuildDate>` : '',
    ].join(''),
  });
};
