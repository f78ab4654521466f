import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byNewest, byOrder } from './lib/content/sort';

export type ArticleEntry = CollectionEntry<'articles'>;
export type AreaEntry = CollectionEntry<'areas'>;
export type AssessmentEntry = CollectionEntry<'assessments'>;

/** Published articles: drafts show in `astro dev` but are never built for production. */
export async function getArticles(): Promise<ArticleEntry[]> {
  const articles = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return articles.sort((a, b) => byNewest(a.data, b.data));
}

export async function getAreas(): Promise<AreaEntry[]> {
  return (await getCollection('areas')).sort((a, b) => byOrder(a.data, b.data));
}

export async function getAssessments(): Promise<AssessmentEntry[]> {
  return (await getCollection('assessments')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** Looks up entries by id, in the order given; ids were checked at build start. */
export async function getArticlesById(ids: readonly string[]): Promise<ArticleEntry[]> {
  const entries = await Promise.all(ids.map((id) => getEntry('articles', id)));
  return entries.filter(
    (entry): entry is ArticleEntry => entry !== undefined && (import.meta.env.DEV || !entry.data.draft),
  );
}

export async function getAssessmentsById(ids: readonly string[]): Promise<AssessmentEntry[]> {
  const entries = await Promise.all(ids.map((id) => getEntry('assessments', id)));
  return entries.filter((entry): entry is AssessmentEntry => entry !== undefined);
}

/** Static paths for routes with an `[article]` parameter, each page getting its entry as a prop. */
export async function articlePaths() {
  return (await getArticles()).map((article) => ({ params: { article: article.id }, props: { article } }));
}

/**
 * The articles whose embed copy, card and oEmbed file Astro renders: all of them in `astro dev`,
 * where pages render on request, but only two in a build. The build writes every other article's
 * out of its page, in the markup of one of the two, and checks the result on the other
 * (src/integrations/article-embeds.ts).
 */
async function getArticlesWithRenderedEmbeds(): Promise<ArticleEntry[]> {
  const articles = await getArticles();
  return import.meta.env.DEV ? articles : articles.slice(0, 2);
}

/** Static paths for the article embed copies Astro renders. */
export async function articleEmbedPaths() {
  return (await getArticlesWithRenderedEmbeds()).map((article) => ({
    params: { article: article.id },
    props: { article },
  }));
}

/** Static paths for routes with an `[assessment]` parameter. */
export async function assessmentPaths() {
  return (await getAssessments()).map((assessment) => ({
    params: { assessment: assessment.id },
    props: { assessment },
  }));
}

/** What Astro renders a card and an oEmbed file for: every assessment, and the articles above. */
export async function getRenderedEmbeddables(): Promise<
  { section: 'guidance' | 'assessments'; id: string; title: string; summary: string; kind: string }[]
> {
  const [articles, assessments] = await Promise.all([getArticlesWithRenderedEmbeds(), getAssessments()]);
  return [
    ...articles.map((article) => ({
      section: 'guidance' as const,
      id: article.id,
      title: article.data.title,
      summary: article.data.summary,
      kind: 'guidance',
    })),
    ...assessments.map((assessment) => ({
      section: 'assessments' as const,
      id: assessment.id,
      title: assessment.data.title,
      summary: assessment.data.summary,
      kind: 'self-assessment',
    })),
  ];
}
