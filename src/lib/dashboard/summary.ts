import { visibleEntries } from '../assessment/visibility';
import type { Answers, ChecklistDefinition } from '../../schemas/assessment';
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

/** Questions listed in the summary at most. */
const MOST_OFTEN_NO_LIMIT = 10;

/** Ids of the questions a school was shown and answered No: only these count, as in its score. */
export function noAnswersOf(def: ChecklistDefinition, answers: Answers): string[] {
  return visibleEntries(def, answers)
    .filter(({ answer }) => answer === 'no')
    .map(({ question }) => question.id);
}

/**
 * The checklist questions most often answered No across the files, most first; ties stay in the
 * order the questions come in the checklist. Only questions a school was shown count, as in its
 * score, and questions nobody answered No are left out. `noIdsOf` gives a file's No answers when
 * they were worked out already (as the dashboard does while reading), so that the summary of
 * thousands of files is a count, not a second pass over every answer.
 */
export function mostOftenNo(
  def: ChecklistDefinition,
  files: readonly DashboardFile[],
  noIdsOf: (file: DashboardFile) => readonly string[] = (file) => noAnswersOf(def, file.answers),
): NoCount[] {
  const counts = new Map<string, NoCount>();
  for (const section of def.sections) {
    for (const question of section.questions) {
      counts.set(question.id, { questionId: question.id, text: question.text, sectionTitle: section.title, count: 0 });
    }
  }
  for (const file of files) {
    for (const id of noIdsOf(file)) {
      const entry = counts.get(id);
      if (entry) entry.count += 1;
    }
  }
  // Map keeps insertion order (the checklist's) and sort is stable, so ties stay in that order.
  return [...counts.values()]
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, MOST_OFTEN_NO_LIMIT);
}
