import type { Answers } from '../../schemas/assessment';
import type { CsvCell } from '../results/csv';
import type { Tracking } from '../results/tracking';

/** A results file that was read and fitted to its assessment: what the dashboard is built from. */
export interface DashboardFile {
  /** Unique among the loaded files; keys the file's row. */
  id: string;
  /** The file's name as the trust lead chose it. */
  name: string;
  /** The assessment the file is for. */
  assessmentId: string;
  /** Answers that fit the assessment as this site has it; never a score. */
  answers: Answers;
  /** The school name in the file, if any. */
  school?: string;
  /** Each action's owner, due date and status; undefined for a version 1 file, which predates tracking. */
  actions?: Tracking['actions'];
  /** When the answers were saved, ISO 8601, as the file says. */
  savedAt: string;
  /** What the person should know about the file, e.g. answers left out after a version change. */
  notices: string[];
}

/** The colour of a rating's marker: the words always say the same thing. */
export type Tone = 'good' | 'warn' | 'bad';

/** One cell: how it shows, exports and sorts. */
export interface Cell {
  /** What the table shows. */
  text: string;
  /** What the CSV holds: a number stays a number, so a spreadsheet can add it up. */
  csv: CsvCell;
  /** What the column sorts by; null (no score, not assessed, no name) always sorts last. */
  sort: number | string | null;
  /** The marker's colour, for ratings and risk levels only. */
  tone?: Tone;
  /** A short line under the value, e.g. why a rating is lower than the score. */
  note?: string;
}

export interface Column {
  /** Unique within the table: "school", "saved", "score", "rating", "notApplicable", "level", "section:<id>", "risk:<id>". */
  key: string;
  /** The column heading, and the CSV header. */
  label: string;
  /** Numbers line up on the right. */
  numeric: boolean;
}

/** One file's row. */
export interface Row {
  /** The file's id. */
  id: string;
  fileName: string;
  /** Another file for the same assessment names the same school. */
  duplicate: boolean;
  notices: string[];
  /** The band id (checklist) or risk level (risk) overall, or null when there is none yet. */
  ratingId: string | null;
  /** One cell per column key. */
  cells: Record<string, Cell>;
}

/** A rating a row can have, best first: a checklist band or a risk level. */
export interface RatingOption {
  id: string;
  label: string;
  tone: Tone;
}

/** One assessment's table. */
export interface DashboardTable {
  assessmentId: string;
  /** The assessment's title as this site has it, never as a file says. */
  title: string;
  kind: 'checklist' | 'risk';
  columns: Column[];
  /** In the order the files were loaded. */
  rows: Row[];
  /** Every rating a row can have, best first, for the summary. */
  ratings: RatingOption[];
}
