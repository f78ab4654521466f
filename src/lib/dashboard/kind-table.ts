import type { Answers } from '../../schemas/assessment';
import type { Tracking } from '../results/tracking';
import type { Cell, Column, RatingOption, Tone } from './model';

/** What one kind of assessment adds to the school and date columns. */
export interface KindTable {
  columns: Column[];
  ratings: RatingOption[];
  /**
   * Scores the answers with the engine: nothing is taken from the file but the answers and its
   * action tracking (undefined for a version 1 file, which predates tracking).
   */
  rowOf(answers: Answers, actions?: Tracking['actions']): { ratingId: string | null; cells: Record<string, Cell> };
}

/** Best is good, worst is bad, anything between is a warning. */
export function toneOfRank(rank: number, count: number): Tone {
  if (rank === 0) return 'good';
  return rank === count - 1 ? 'bad' : 'warn';
}

/** A cell with nothing to show yet (no score, not assessed): sorts last and exports empty. */
export function emptyCell(text: string): Cell {
  return { text, csv: '', sort: null };
}
