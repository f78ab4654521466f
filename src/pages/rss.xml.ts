import { absoluteUrl } from '../config/addresses';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../collections';
import { site } from '../config/site';

export const GET: APIRoute = async (context) => {
  const articles = await getArticles();
  return rss({
    title: `${site.name}: best-practice updates`,
    description: site.description,
    site: context.site ?? site.url,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.summary,
      link: absoluteUrl(`/guidance/${article.id}/`),
      pubDate: new Date(`${article.data.reviewed}T00:00:00Z`),
    })),
    customData: '<language>en-gb</language>',
  });
};
