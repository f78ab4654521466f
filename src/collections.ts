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
 * Static paths for the article embed copies Astro renders: all of them in `astro dev`, where pages
 * render on request, but only the first in a build. That one is the pattern from which the build
 * writes every other copy out of its article's page (src/integrations/embed-copies.ts).
 */
export async function articleEmbedPaths() {
  const paths = await articlePaths();
  return import.meta.env.DEV ? paths : paths.slice(0, 1);
}

/** Static paths for routes with an `[assessment]` parameter. */
export async function assessmentPaths() {
  return (await getAssessments()).map((assessment) => ({
    params: { assessment: assessment.id },
    props: { assessment },
  }));
}

/** Everything that can be embedded: every article and every assessment, by route section. */
export async function getEmbeddables(): Promise<
  { section: 'guidance' | 'assessments'; id: string; title: string; summary: string; kind: string }[]
> {
  const [articles, assessments] = await Promise.all([getArticles(), getAssessments()]);
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
