import { useState } from 'preact/hooks';
import { headingTag } from '../../lib/assessment/heading-tag';
import type { AssessmentScore } from '../../lib/assessment';
import { statusesOf, type Tracking } from '../../lib/results/tracking';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { MAX_RESULT_FILE_BYTES } from '../../schemas/result-format';
import { downloadText } from '../shared/download';
import { downloadAnswers } from './download-answers';
import type { KindParts } from './kind-parts';

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
  /** Writes this kind of assessment's action plan as CSV. */
  actionPlanCsv: KindParts['actionPlanCsv'];
  school: string;
  onSchool(name: string): void;
  onImport(imported: Imported): void;
  /** What the last import did (shown under the import field), until the next one or Start again. */
  importNotices: string[];
  /** Asks before clearing every answer. */
  onStartAgain(): void;
  /** The site's address, for absolute guidance links in the CSV. */
  siteUrl: string;
  headingLevel: 2 | 3;
}

/** A message and the control that caused it, so that it shows beside that control. */
type Message = { at: 'share' | 'import'; kind: 'status' | 'error'; text: string } | null;

/**
 * Keep, send and bring back results: print (the main action), the school name, the result file,
 * the CSV action plan, the share link, import, and Start again, set apart as the destructive one.
 */
export function ResultActions(props: Props) {
  const { id, definition, answers, tracking, score, actionPlanCsv, school, onSchool, onImport, siteUrl } = props;
  const [message, setMessage] = useState<Message>(null);
  const [shareLink, setShareLink] = useState('');
  const answered = Object.keys(answers).length > 0;
  const Heading = headingTag(props.headingLevel, 1);
  const messageAt = (at: 'share' | 'import', kind: 'status' | 'error') =>
    message?.at === at &&
    message.kind === kind && <p class={`notice${kind === 'error' ? ' warning' : ''}`}>{message.text}</p>;

  const downloadJson = () => downloadAnswers(id, definition, answers, school, tracking);
  const downloadCsv = async () => {
    // The CSV writer and the file naming load when a plan is asked for, like the other exports.
    const [csv, { exportFileName }] = await Promise.all([
      actionPlanCsv(score, siteUrl, tracking),
      import('../../lib/results/file-name'),
    ]);
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
        at: 'share',
        kind: 'status',
        text: 'Share link copied. The answers are in the link itself: anyone you send it to sees them, and nothing is stored on a server.',
      });
    } catch {
      setMessage({
        at: 'share',
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
        at: 'import',
        kind: 'error',
        text: `“${file.name}” is larger than 1 MB, so it is not a results file from this site. Your answers have not been changed.`,
      });
      return;
    }
    // The reader and its schema load only when someone imports, keeping the page's JavaScript small.
    const { readResultFile } = await import('../../lib/results/read-result-file');
    const result = readResultFile(await file.text(), file.size, { assessmentId: id, definition });
    if (!result.ok) {
      setMessage({ at: 'import', kind: 'error', text: `${result.error} Your answers have not been changed.` });
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
    <section class="result-actions no-print" aria-labelledby={`${id}-keep`}>
      <Heading id={`${id}-keep`}>Save, print or share</Heading>
      <p>
        <label for={`${id}-school-results`}>Name of the school, for the report</label>
        <input
          id={`${id}-school-results`}
          type="text"
          autoComplete="organization"
          maxLength={200}
          value={school}
          onInput={(event) => onSchool(event.currentTarget.value)}
        />
      </p>
      <div class="button-row">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" class="secondary" onClick={() => void downloadCsv()} disabled={!answered}>
          Download action plan (CSV)
        </button>
      </div>
      <div class="result-action">
        <button
          type="button"
          class="secondary"
          onClick={() => void downloadJson()}
          disabled={!answered}
          aria-describedby={`${id}-file-hint`}
        >
          Save answers as a file (for your trust)
        </button>
        <p class="hint" id={`${id}-file-hint`}>
          A file to send to your trust for its dashboard, or to import here later on another device.
        </p>
      </div>
      <div class="result-action">
        <button type="button" class="secondary" onClick={() => void copyShareLink()} disabled={!answered}>
          Copy share link
        </button>
        <div role="status">{messageAt('share', 'status')}</div>
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
      </div>
      <div class="result-action">
        <label for={`${id}-import`}>Import a result file (a .json file saved from this assessment)</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
        <div role="alert">{messageAt('import', 'error')}</div>
        <div role="status">
          {props.importNotices.length > 0 && (
            <div class="notice">
              {props.importNotices.map((notice) => (
                <p key={notice}>{notice}</p>
              ))}
            </div>
          )}
        </div>
      </div>
      <div class="result-action start-again">
        <button type="button" class="danger" disabled={!answered} onClick={props.onStartAgain}>
          Start again
        </button>
      </div>
    </section>
  );
}
