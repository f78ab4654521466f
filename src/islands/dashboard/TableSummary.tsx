import { useMemo } from 'preact/hooks';
import type { ChecklistDefinition } from '../../schemas/assessment';
import type { DashboardFile, DashboardTable } from '../../lib/dashboard/model';
import { countRatings, mostOftenNo } from '../../lib/dashboard/summary';
import { RatingText } from './RatingText';

interface Props {
  table: DashboardTable;
  /** Set for a checklist, whose questions are answered Yes, Partly or No. */
  checklist?:
    | {
        definition: ChecklistDefinition;
        files: DashboardFile[];
        /** A file's No answers, worked out as it was read. */
        noIdsOf(file: DashboardFile): readonly string[];
      }
    | undefined;
}

const schools = (count: number) => `${count} ${count === 1 ? 'school' : 'schools'}`;

/** How many schools, how many in each band or level, and (for a checklist) the commonest No answers. */
export function TableSummary({ table, checklist }: Props) {
  const total = table.rows.length;
  const duplicates = table.rows.filter((row) => row.duplicate).length;
  const definition = checklist?.definition;
  const files = checklist?.files;
  const noIdsOf = checklist?.noIdsOf;
  const noAnswers = useMemo(
    () => (definition && files ? mostOftenNo(definition, files, noIdsOf) : []),
    [definition, files, noIdsOf],
  );
  return (
    <div class="table-summary">
      <p class="summary-total">
        <strong>{`${schools(total)} loaded`}</strong>
        {duplicates > 0 &&
          `, of which ${duplicates} ${duplicates === 1 ? 'is a' : 'are'} possible ${duplicates === 1 ? 'duplicate' : 'duplicates'} (marked in the table)`}
        .
      </p>
      <h3>{table.kind === 'checklist' ? 'Schools in each rating' : 'Schools at each overall risk level'}</h3>
      <ul class="rating-counts">
        {countRatings(table).map(({ rating, count }) => (
          <li key={rating?.id ?? 'none'}>
            <RatingText
              text={rating?.label ?? (table.kind === 'checklist' ? 'No score yet' : 'Not assessed yet')}
              tone={rating?.tone}
            />
            {': '}
            <strong>{count}</strong>
          </li>
        ))}
      </ul>
      {checklist && (
        <>
          <h3>Questions most often answered No</h3>
          {noAnswers.length === 0 ? (
            <p>No school answered No to any question.</p>
          ) : (
            <ol class="no-answers">
              {noAnswers.map((entry) => (
                <li key={entry.questionId}>
                  {entry.text}{' '}
                  <span class="meta">{`${entry.sectionTitle}. Answered No by ${entry.count} of ${schools(total)}.`}</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
