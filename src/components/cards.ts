import { to } from '../config/addresses';
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
  href: to.area(id),
  title: data.title,
  summary: data.summary,
});

export const articleCard = ({ id, data }: ArticleEntry): Card => ({
  href: to.article(id),
  title: data.title,
  summary: data.summary,
  reviewed: data.reviewed,
});

export const assessmentCard = ({ id, data }: AssessmentEntry): Card => ({
  href: to.assessment(id),
  title: data.title,
  summary: data.summary,
});
