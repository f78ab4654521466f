import type { GetStaticPaths } from 'astro';
import { getArticles } from '../../../collections';
import { oembedRoute } from '../_oembed-route';

export const getStaticPaths = (async () =>
  (await getArticles()).map((article) => ({ params: { id: article.id }, props: { title: article.data.title } }))) satisfies GetStaticPaths;

export const GET = oembedRoute('guidance');
