import { useMemo, useState } from 'preact/hooks';
import type { Cell, DashboardTable, Row } from '../../lib/dashboard/model';
import { nextSortOrder, sortRows, type SortOrder } from '../../lib/dashboard/sort';
import { downloadText } from '../shared/download';
import { RatingText } from './RatingText';

interface Props {
  table: DashboardTable;
  onRemove(id: string): void;
}

const ARROWS = { ascending: '▲', descending: '▼' } as const;

/**
 * Rows shown at first, and added by "Show more": a trust with thousands of files gets a table the
 * browser can draw and sort at once; the CSV always holds every row. Fifty, not a hundred: a sort
 * redraws every row shown, and a profile of sorting 100 rows found one task of about 380 ms on a
 * busy machine, mostly drawing the rows.
 */
export const ROWS_AT_A_TIME = 50;

function CellContent({ cell }: { cell: Cell }) {
  return (
    <>
      <RatingText text={cell.text} tone={cell.tone} />
      {cell.note && <span class="cell-note">{cell.note}</span>}
    </>
  );
}

function SchoolCell({ row }: { row: Row }) {
  const school = row.cells.school;
  return (
    <th scope="row">
      <span class={school?.sort === null ? 'cell-empty' : 'school-name'}>{school?.text}</span>
      {row.duplicate && <span class="duplicate-flag">Possible duplicate</span>}
      <span class="cell-note">{row.fileName}</span>
      {row.notices.map((notice) => (
        <span class="cell-note" key={notice}>
          {notice}
        </span>
      ))}
    </th>
  );
}

/** One assessment's schools, sortable by any column, with a CSV of the table as it is sorted. */
export function ResultsTable({ table, onRemove }: Props) {
  const [order, setOrder] = useState<SortOrder>(null);
  const [shown, setShown] = useState(ROWS_AT_A_TIME);
  const rows = useMemo(
    () => (order ? sortRows(table.rows, order.key, order.direction) : table.rows),
    [table.rows, order],
  );
  const visible = rows.length > shown ? rows.slice(0, shown) : rows;
  const captionId = `${table.assessmentId}-caption`;
  const download = async () => {
    // The CSV writer and the file naming load when a table is downloaded, not with the page.
    const [{ buildTableCsv }, { exportFileName }] = await Promise.all([
      import('../../lib/dashboard/csv'),
      import('../../lib/results/file-name'),
    ]);
    downloadText(
      exportFileName({
        assessmentId: table.assessmentId,
        label: 'trust-dashboard',
        date: new Date(),
        extension: 'csv',
      }),
      buildTableCsv(table, rows),
      'text/csv;charset=utf-8',
    );
  };

  return (
    <>
      <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table class="dashboard-table">
          <caption id={captionId}>{`${table.title}: one row per school`}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => {
                const direction = order?.key === column.key ? order.direction : undefined;
                return (
                  <th
                    scope="col"
                    key={column.key}
                    aria-sort={direction ?? 'none'}
                    class={column.numeric ? 'numeric' : undefined}
                  >
                    <button
                      type="button"
                      class="sort-button"
                      onClick={() => setOrder(nextSortOrder(order, column.key))}
                    >
                      {column.label}
                      <span class="sort-arrow" aria-hidden="true">
                        {direction ? ARROWS[direction] : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.id} class={row.duplicate ? 'duplicate' : undefined}>
                {table.columns.map((column) => {
                  const cell = row.cells[column.key];
                  if (column.key === 'school') return <SchoolCell key={column.key} row={row} />;
                  const classes = [column.numeric && 'numeric', cell?.sort === null && 'cell-empty']
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <td key={column.key} class={classes || undefined}>
                      {cell && <CellContent cell={cell} />}
                    </td>
                  );
                })}
                <td>
                  <button type="button" class="secondary remove-button" onClick={() => onRemove(row.id)}>
                    Remove<span class="visually-hidden">{` ${row.cells.school?.text ?? ''} (${row.fileName})`}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length < rows.length && (
        <p class="table-more">
          {`Showing ${visible.length.toLocaleString('en-GB')} of ${rows.length.toLocaleString('en-GB')} schools, in the order shown. The CSV has them all. `}
          <button type="button" class="secondary" onClick={() => setShown(shown + ROWS_AT_A_TIME)}>
            {`Show ${Math.min(ROWS_AT_A_TIME, rows.length - visible.length)} more`}
            <span class="visually-hidden">{` schools: ${table.title}`}</span>
          </button>
        </p>
      )}
      <p class="table-actions">
        <button type="button" class="secondary" onClick={() => void download()}>
          Download table as CSV<span class="visually-hidden">{`: ${table.title}`}</span>
        </button>
      </p>
    </>
  );
}
