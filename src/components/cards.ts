import type { AreaEntry, ArticleEntry, AssessmentEntry } from '../collections';

/** One item in a list of links: areas, articles, assessments and tools all show the same way. */
export interface Card {
  href: string;
  title: string;
  summary: string;
  /** When the guidance was last reviewed, shown under articles. */
  reviewed?: string;
}

export const areaCard = ({ id, data }: AreaEntry): Card => ({
  href: `/areas/${id}/`,
  title: data.title,
  summary: data.summary,
});

export const articleCard = ({ id, data }: ArticleEntry): Card => ({
  href: `/guidance/${id}/`,
  title: data.title,
  summary: data.summary,
  reviewed: data.reviewed,
});

export const assessmentCard = ({ id, data }: AssessmentEntry): Card => ({
  href: `/assessments/${id}/`,
  title: data.title,
  summary: data.summary,
});
