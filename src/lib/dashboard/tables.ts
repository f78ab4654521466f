import { formatUkDate } from '../dates/format';
import { todayInUk, type IsoDate } from '../dates/iso-date';
import type { AssessmentDefinition } from '../../schemas/assessment';
import { checklistTable } from './checklist-table';
import { riskTable } from './risk-table';
import { findDuplicateSchools } from './duplicates';
import { emptyCell, type KindTable } from './kind-table';
import type { Cell, Column, DashboardFile, DashboardTable } from './model';
import { noAnswersOf } from './summary';

const COMMON_COLUMNS: readonly Column[] = [
  { key: 'school', label: 'School', numeric: false },
  { key: 'saved', label: 'Saved', numeric: false },
];

function schoolCell(school: string | undefined): Cell {
  return school === undefined ? emptyCell('No school name given') : { text: school, csv: school, sort: school };
}

/** The day in the UK, sorted by the exact moment, since files may carry different time offsets. */
function savedCell(savedAt: string): Cell {
  const moment = new Date(savedAt);
  const time = moment.getTime();
  if (Number.isNaN(time)) return emptyCell('Unknown');
  const day = todayInUk(moment);
  return { text: formatUkDate(day, { shortMonth: true }), csv: day, sort: time };
}

function kindTable(def: AssessmentDefinition, today: IsoDate): KindTable {
  return def.kind === 'checklist' ? checklistTable(def, today) : riskTable(def);
}

/**
 * What a file adds to its table and summary: worked out once per file, when it is read, not each
 * time the table changes, so that adding, sorting or removing rows never formats or scores again.
 */
export interface ScoredRow {
  /** The band id or risk level overall, or null when there is none yet. */
  ratingId: string | null;
  /** Every cell of the row, the school and saved date included. */
  cells: Record<string, Cell>;
  /** Ids of the questions the school was shown and answered No (checklists only), for the summary. */
  noIds: readonly string[];
}

function scoreFile(definition: AssessmentDefinition, table: KindTable, file: DashboardFile): ScoredRow {
  const { ratingId, cells } = table.rowOf(file.answers, file.actions);
  return {
    ratingId,
    cells: { school: schoolCell(file.school), saved: savedCell(file.savedAt), ...cells },
    noIds: definition.kind === 'checklist' ? noAnswersOf(definition, file.answers) : [],
  };
}

/**
 * Scores files with the engine, one at a time, so that a reader can spread thousands of files over
 * many short tasks. Files for assessments the site does not have get null. Actions due before
 * `today` (the UK date unless given) count as overdue.
 */
export function rowScorer(
  definitionsById: Readonly<Record<string, AssessmentDefinition>>,
  today: IsoDate = todayInUk(),
): (file: DashboardFile) => ScoredRow | null {
  const tables = new Map<string, KindTable>();
  return (file) => {
    const definition = Object.hasOwn(definitionsById, file.assessmentId)
      ? definitionsById[file.assessmentId]
      : undefined;
    if (!definition) return null;
    let table = tables.get(file.assessmentId);
    if (!table) tables.set(file.assessmentId, (table = kindTable(definition, today)));
    return scoreFile(definition, table, file);
  };
}

/**
 * One table per assessment that has files, in the order of `definitionsById`, with one row per
 * file in the order given (actions due before `today` count as overdue). Every score is worked out again from the answers with this site's
 * definitions; files for assessments it does not have are left out. `scored` gives a file's row
 * when it was scored already (as the dashboard does while reading), so that adding or removing one
 * file does not score them all again.
 */
export function buildTables(
  files: readonly DashboardFile[],
  definitionsById: Readonly<Record<string, AssessmentDefinition>>,
  scored: (file: DashboardFile) => ScoredRow | undefined = () => undefined,
  today: IsoDate = todayInUk(),
): DashboardTable[] {
  const byAssessment = new Map<string, DashboardFile[]>();
  for (const file of files) {
    const own = byAssessment.get(file.assessmentId);
    if (own) own.push(file);
    else byAssessment.set(file.assessmentId, [file]);
  }
  return Object.entries(definitionsById).flatMap(([assessmentId, definition]) => {
    const own = byAssessment.get(assessmentId) ?? [];
    if (own.length === 0) return [];
    const duplicates = findDuplicateSchools(own);
    const table = kindTable(definition, today);
    const rows = own.map((file) => {
      const { ratingId, cells } = scored(file) ?? scoreFile(definition, table, file);
      return {
        id: file.id,
        fileName: file.name,
        duplicate: duplicates.has(file.id),
        notices: file.notices,
        ratingId,
        cells,
      };
    });
    return [
      {
        assessmentId,
        title: definition.title,
        kind: definition.kind,
        columns: [...COMMON_COLUMNS, ...table.columns],
        rows,
        ratings: table.ratings,
      },
    ];
  });
}
