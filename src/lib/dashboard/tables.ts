import { formatUkDate } from '../dates/format';
import { todayInUk } from '../dates/iso-date';
import type { AssessmentDefinition } from '../../schemas/assessment';
import { checklistTable } from './checklist-table';
import { riskTable } from './risk-table';
import { findDuplicateSchools } from './duplicates';
import { emptyCell, type KindTable } from './kind-table';
import type { Cell, Column, DashboardFile, DashboardTable } from './model';

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

function kindTable(def: AssessmentDefinition): KindTable {
  return def.kind === 'checklist' ? checklistTable(def) : riskTable(def);
}

/**
 * One table per assessment that has files, in the order of `definitionsById`, with one row per
 * file in the order given. Every score is worked out again from the answers with this site's
 * definitions; files for assessments it does not have are left out.
 */
export function buildTables(
  files: readonly DashboardFile[],
  definitionsById: Readonly<Record<string, AssessmentDefinition>>,
): DashboardTable[] {
  return Object.entries(definitionsById).flatMap(([assessmentId, definition]) => {
    const own = files.filter((file) => file.assessmentId === assessmentId);
    if (own.length === 0) return [];
    const duplicates = findDuplicateSchools(own);
    const table = kindTable(definition);
    const rows = own.map((file) => {
      const { ratingId, cells } = table.rowOf(file.answers);
      return {
        id: file.id,
        fileName: file.name,
        duplicate: duplicates.has(file.id),
        notices: file.notices,
        ratingId,
        cells: { school: schoolCell(file.school), saved: savedCell(file.savedAt), ...cells },
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
