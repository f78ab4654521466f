import { useState } from 'preact/hooks';
import type { AssessmentScore } from '../../lib/assessment';
import { buildActionPlanCsv, buildRiskActionPlanCsv } from '../../lib/results/action-plan-csv';
import { exportFileName } from '../../lib/results/file-name';
import { statusesOf, type Tracking } from '../../lib/results/tracking';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { MAX_RESULT_FILE_BYTES } from '../../schemas/result-format';
import { downloadText } from '../shared/download';
import { downloadAnswers } from './download-answers';

/** Answers read from an imported file, ready to replace the person's own. */
export interface Imported {
  answers: Answers;
  school: string;
  /** Null for a version 1 file, which has none: the person's own are kept. */
  tracking: Tracking | null;
  notices: string[];
}

interface Props {
  id: string;
  definition: AssessmentDefinition;
  answers: Answers;
  /** Notes and action tracking, for the file, the CSV and (statuses only) the share link. */
  tracking: Tracking;
  score: AssessmentScore;
  school: string;
  onSchool(name: string): void;
  onImport(imported: Imported): void;
  /** The site's address, for absolute guidance links in the CSV. */
  siteUrl: string;
}

type Message = { kind: 'status' | 'error'; text: string } | null;

/** Keep, send and bring back results: school name, downloads, print, share link and import. */
export function ResultActions({
  id,
  definition,
  answers,
  tracking,
  score,
  school,
  onSchool,
  onImport,
  siteUrl,
}: Props) {
  const [message, setMessage] = useState<Message>(null);
  const [shareLink, setShareLink] = useState('');
  const answered = Object.keys(answers).length > 0;

  const downloadJson = () => downloadAnswers(id, definition, answers, school, tracking);

  const downloadCsv = () => {
    const csv =
      score.kind === 'checklist'
        ? buildActionPlanCsv(score.actions, { siteUrl }, tracking.actions)
        : buildRiskActionPlanCsv(score.risks, { siteUrl });
    downloadText(
      exportFileName({ assessmentId: id, label: 'action-plan', school, date: new Date(), extension: 'csv' }),
      csv,
      'text/csv;charset=utf-8',
    );
  };

  const copyShareLink = async () => {
    // The codec loads when a link is asked for, keeping the page's JavaScript small.
    const { encodeShareFragment } = await import('../../lib/results/share-link');
    const fragment = encodeShareFragment(definition, id, answers, { school, statuses: statusesOf(tracking) });
    const link = `${window.location.origin}${window.location.pathname}#${fragment}`;
    setShareLink(link);
    try {
      await navigator.clipboard.writeText(link);
      setMessage({
        kind: 'status',
        text: 'Share link copied. The answers are in the link itself: anyone you send it to sees them, and nothing is stored on a server.',
      });
    } catch {
      setMessage({
        kind: 'status',
        text: 'Your browser did not let the page copy the link: select the link below and copy it yourself.',
      });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_RESULT_FILE_BYTES) {
      setMessage({
        kind: 'error',
        text: `“${file.name}” is larger than 1 MB, so it is not a results file from this site. Your answers have not been changed.`,
      });
      return;
    }
    // The reader and its schema load only when someone imports, keeping the page's JavaScript small.
    const { readResultFile } = await import('../../lib/results/read-result-file');
    const result = readResultFile(await file.text(), file.size, { assessmentId: id, definition });
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${result.error} Your answers have not been changed.` });
      return;
    }
    setMessage(null);
    onImport({
      answers: result.answers,
      school: result.school ?? '',
      tracking: result.tracking,
      notices: result.notices,
    });
  };

  return (
    <div class="result-actions no-print">
      <p>
        <label for={`${id}-school`}>School name (optional, printed on the results and saved with the answers)</label>
        <input
          id={`${id}-school`}
          type="text"
          autoComplete="organization"
          maxLength={200}
          value={school}
          onInput={(event) => onSchool(event.currentTarget.value)}
        />
      </p>
      <div class="button-row">
        <button type="button" onClick={downloadJson} disabled={!answered}>
          Download results (JSON)
        </button>
        <button type="button" class="secondary" onClick={downloadCsv} disabled={!answered}>
          Download action plan (CSV)
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" class="secondary" onClick={() => void copyShareLink()} disabled={!answered}>
          Copy share link
        </button>
      </div>
      {shareLink && (
        <p>
          <label for={`${id}-share-link`}>Share link</label>
          <input
            id={`${id}-share-link`}
            type="text"
            readOnly
            value={shareLink}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
      <p>
        <label for={`${id}-import`}>Import a result file (a .json file downloaded from this assessment)</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </p>
      <div role="status" aria-live="polite">
        {message?.kind === 'status' && <p class="notice">{message.text}</p>}
      </div>
      <div role="alert">{message?.kind === 'error' && <p class="notice warning">{message.text}</p>}</div>
    </div>
  );
}
