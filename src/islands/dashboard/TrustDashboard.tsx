import { useMemo } from 'preact/hooks';
import { buildTables } from '../../lib/dashboard/tables';
import type { AssessmentDefinition } from '../../schemas/assessment';
import { FilePicker } from './FilePicker';
import { ResultsTable } from './ResultsTable';
import { TableSummary } from './TableSummary';
import { useDashboardFiles } from './useDashboardFiles';

export interface TrustDashboardProps {
  /** Every assessment on the site, keyed by id: files are read and scored against these. */
  definitions: Record<string, AssessmentDefinition>;
}

/**
 * Compares the result files of many schools: one table per assessment, every score worked out
 * again here from the answers. Files are read in this browser and never sent anywhere.
 */
export default function TrustDashboard({ definitions }: TrustDashboardProps) {
  const dashboard = useDashboardFiles(definitions);
  const files = useMemo(() => dashboard.entries.map((entry) => entry.file), [dashboard.entries]);
  const tables = useMemo(() => buildTables(files, definitions), [files, definitions]);

  return (
    <div class="dashboard" data-ready={dashboard.ready ? 'true' : 'false'}>
      <FilePicker onFiles={(chosen) => void dashboard.addFiles(chosen)} />
      <p class="dashboard-status" role="status" aria-live="polite">
        {dashboard.status}
      </p>
      {dashboard.failed.length > 0 && (
        // A new key for each batch with failures, so the alert is announced again.
        <div class="notice warning dashboard-errors" role="alert" key={dashboard.failedBatch}>
          <p class="notice-title">These files could not be read:</p>
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
              ? { definition, files: files.filter((file) => file.assessmentId === table.assessmentId) }
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
