import { formatUkDate } from '../dates/format';
import type { IsoDate } from '../dates/iso-date';
import { reviewStatus } from '../dates/review';

/** A review falling due within this many days is flagged so editors can plan it. */
const DUE_SOON_DAYS = 30;

/** The front matter a review report needs from each article. */
export interface ReviewInput {
  id: string;
  title: string;
  reviewed: IsoDate;
  reviewEveryMonths: number;
  draft: boolean;
}

export type ReviewState = 'overdue' | 'due-soon' | 'current';

export interface ReviewRow {
  id: string;
  title: string;
  reviewed: IsoDate;
  /** When the next review is due. */
  due: IsoDate;
  /** Days past the due date; 0 or less when not yet due. */
  daysOverdue: number;
  state: ReviewState;
  /** Drafts are listed so editors see them, but are not published, so never fail the report. */
  draft: boolean;
}

function stateOf(daysOverdue: number): ReviewState {
  if (daysOverdue > 0) return 'overdue';
  return -daysOverdue <= DUE_SOON_DAYS ? 'due-soon' : 'current';
}

/**
 * Every article with its review due date, most overdue first, then soonest due, then by title.
 * Ordering by due date alone gives both, since the most overdue article has the earliest due date.
 */
export function buildReviewReport(articles: readonly ReviewInput[], today: IsoDate): ReviewRow[] {
  return articles
    .map(({ id, title, reviewed, reviewEveryMonths, draft }) => {
      const { due, daysOverdue } = reviewStatus(reviewed, reviewEveryMonths, today);
      return { id, title, reviewed, due, daysOverdue, state: stateOf(daysOverdue), draft };
    })
    .sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
}

function describeState({ state, daysOverdue }: ReviewRow): string {
  if (state === 'overdue') return `OVERDUE by ${daysOverdue} day${daysOverdue === 1 ? '' : 's'}`;
  if (daysOverdue === 0) return 'due today';
  const daysLeft = -daysOverdue;
  return state === 'due-soon' ? `due in ${daysLeft} day${daysLeft === 1 ? '' : 's'}` : 'current';
}

/** The report as aligned text lines, a header first, for a terminal or a CI log. */
export function formatReviewReport(rows: readonly ReviewRow[]): string[] {
  const header = ['Status', 'Review due', 'Last reviewed', 'Article'];
  const table = [
    header,
    ...rows.map((row) => [
      describeState(row),
      formatUkDate(row.due),
      formatUkDate(row.reviewed),
      `${row.title} (${row.id})${row.draft ? ' [draft]' : ''}`,
    ]),
  ];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => cells[column]?.length ?? 0)));
  return table.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd());
}

/** Published articles overdue by more than `graceDays`; drafts are not on the site, so they never count. */
function overdueBeyondGrace(rows: readonly ReviewRow[], graceDays: number): ReviewRow[] {
  return rows.filter((row) => !row.draft && row.daysOverdue > graceDays);
}

/** True when any published article is overdue by more than `graceDays`, so a scheduled CI run fails and nags. */
export function shouldFail(rows: readonly ReviewRow[], graceDays = 90): boolean {
  return overdueBeyondGrace(rows, graceDays).length > 0;
}

/** One line counting the rows in each state, for the end of the report. */
export function summariseReviewReport(rows: readonly ReviewRow[], graceDays = 90): string {
  const count = (state: ReviewState) => rows.filter((row) => row.state === state).length;
  return [
    `${rows.length} article${rows.length === 1 ? '' : 's'}`,
    `${count('overdue')} overdue`,
    `${count('due-soon')} due within ${DUE_SOON_DAYS} days`,
    `${count('current')} current`,
    `${overdueBeyondGrace(rows, graceDays).length} overdue by more than ${graceDays} days`,
  ].join(', ');
}
