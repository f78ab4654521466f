import { visibleEntries } from '../assessment/visibility';
import type { ChecklistDefinition } from '../../schemas/assessment';
import type { DashboardFile, DashboardTable, RatingOption } from './model';

/** How many schools have one rating; `rating` is null for "no rating yet". */
export interface RatingCount {
  rating: RatingOption | null;
  count: number;
}

/** Schools per band or level, best first, every one listed; then those with none yet, when there are any. */
export function countRatings(table: DashboardTable): RatingCount[] {
  const counts: RatingCount[] = table.ratings.map((rating) => ({
    rating,
    count: table.rows.filter((row) => row.ratingId === rating.id).length,
  }));
  const none = table.rows.filter((row) => row.ratingId === null).length;
  return none > 0 ? [...counts, { rating: null, count: none }] : counts;
}

/** A question and how many schools answered it No. */
export interface NoCount {
  questionId: string;
  /** The question's text, from this site's definition. */
  text: string;
  sectionTitle: string;
  count: number;
}

/**
 * The checklist questions most often answered No across the files, most first; ties stay in the
 * order the questions come in the checklist. Only questions a school was shown count, as in its
 * score, and questions nobody answered No are left out.
 */
export function mostOftenNo(def: ChecklistDefinition, files: readonly DashboardFile[], limit = 10): NoCount[] {
  const counts = new Map<string, NoCount>();
  for (const section of def.sections) {
    for (const question of section.questions) {
      counts.set(question.id, { questionId: question.id, text: question.text, sectionTitle: section.title, count: 0 });
    }
  }
  for (const file of files) {
    for (const { question, answer } of visibleEntries(def, file.answers)) {
      const entry = counts.get(question.id);
      if (entry && answer === 'no') entry.count += 1;
    }
  }
  // Map keeps insertion order (the checklist's) and sort is stable, so ties stay in that order.
  return [...counts.values()]
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
