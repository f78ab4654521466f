import { useCallback, useMemo } from 'preact/hooks';
import type { DashboardFile } from '../../lib/dashboard/model';
import { buildTables } from '../../lib/dashboard/tables';
import { FilePicker } from './FilePicker';
import { ResultsTable } from './ResultsTable';
import { TableSummary } from './TableSummary';
import { useDashboardFiles } from './useDashboardFiles';

export interface TrustDashboardProps {
  /** Where every assessment's definition is (`to.dashboardDefinitions()`), fetched when a file is first read. */
  definitionsAddress: string;
}

/**
 * Compares the result files of many schools: one table per assessment, every score worked out
 * again here from the answers. Files are read in this browser and never sent anywhere.
 */
export default function TrustDashboard({ definitionsAddress }: TrustDashboardProps) {
  const dashboard = useDashboardFiles(definitionsAddress);
  const { definitions } = dashboard;
  const files = useMemo(() => dashboard.entries.map((entry) => entry.file), [dashboard.entries]);
  // Rows were scored as the files were read; building the tables and summaries only puts them together.
  const scored = useMemo(
    () => new Map(dashboard.entries.map((entry) => [entry.file, entry.row ?? undefined])),
    [dashboard.entries],
  );
  const tables = useMemo(
    () => buildTables(files, definitions, (file) => scored.get(file)),
    [scored, files, definitions],
  );
  const noIdsOf = useCallback((file: DashboardFile) => scored.get(file)?.noIds ?? [], [scored]);
  // The same lists from one render to the next, so the summaries count again only when files change.
  const filesByAssessment = useMemo(() => {
    const groups = new Map<string, DashboardFile[]>();
    for (const file of files) {
      const group = groups.get(file.assessmentId);
      if (group) group.push(file);
      else groups.set(file.assessmentId, [file]);
    }
    return groups;
  }, [files]);

  return (
    <div class="dashboard" data-ready={dashboard.ready ? 'true' : 'false'}>
      <FilePicker onFiles={(chosen) => void dashboard.addFiles(chosen)} />
      <p class="dashboard-status" role="status" aria-live="polite">
        {dashboard.status}
      </p>
      {dashboard.progress && (
        <p class="dashboard-progress">
          <label for="dashboard-progress">Files read</label>{' '}
          <progress id="dashboard-progress" max={dashboard.progress.total} value={dashboard.progress.done}>
            {`${dashboard.progress.done} of ${dashboard.progress.total}`}
          </progress>{' '}
          <span aria-hidden="true">{`${dashboard.progress.done.toLocaleString('en-GB')} of ${dashboard.progress.total.toLocaleString('en-GB')}`}</span>
        </p>
      )}
      {dashboard.failed.length > 0 && (
        // A new key for each batch with failures, so the alert is announced again.
        <div class="notice warning dashboard-errors" role="alert" key={dashboard.failedBatch}>
          <p class="notice-title">
            {dashboard.failedWereKept
              ? 'These files kept in this browser could not be read, so they are no longer kept:'
              : 'These files could not be read:'}
          </p>
          <ul>
            {dashboard.failed.map((failure, index) => (
              <li key={index}>
                <strong>{failure.name}</strong>
                {`: ${failure.error}`}
              </li>
            ))}
          </ul>
          <p>The other files were loaded.</p>
        </div>
      )}
      <div class="dashboard-keep">
        <label class="keep-label">
          <input
            type="checkbox"
            checked={dashboard.keep}
            onChange={(event) => dashboard.setKeeping(event.currentTarget.checked)}
            aria-describedby="dashboard-keep-hint"
          />
          Keep these results in this browser
        </label>
        <p class="meta" id="dashboard-keep-hint">
          Off unless you turn it on. When on, the files are kept in this browser on this device, for you to see next
          time, until you turn it off or clear them. They are never sent anywhere.
        </p>
        <button type="button" class="secondary" onClick={dashboard.clear}>
          Clear all results
        </button>
        {dashboard.storageProblem && (
          <p class="notice warning" role="alert">
            {dashboard.storageProblem}
          </p>
        )}
      </div>
      {tables.length === 0 ? (
        <p class="dashboard-empty">No results loaded yet.</p>
      ) : (
        tables.map((table) => {
          const definition = definitions[table.assessmentId];
          const checklist =
            definition?.kind === 'checklist'
              ? { definition, files: filesByAssessment.get(table.assessmentId) ?? [], noIdsOf }
              : undefined;
          return (
            <section
              class="dashboard-section"
              key={table.assessmentId}
              aria-labelledby={`${table.assessmentId}-heading`}
            >
              <h2 id={`${table.assessmentId}-heading`}>{table.title}</h2>
              <TableSummary table={table} checklist={checklist} />
              <ResultsTable table={table} onRemove={dashboard.remove} />
            </section>
          );
        })
      )}
    </div>
  );
}
