import { guidanceHref } from '../assessment/guidance';
import type { ChecklistAction } from '../assessment/checklist';
import type { RiskResult } from '../assessment/risk';
import { RISK_LEVEL_LABELS } from '../assessment/scales';
import { ACTION_STATUS_LABELS } from '../../schemas/result-format';
import { readOwn } from '../assessment/answers';
import { toCsv } from './csv';
import type { Tracking } from './tracking';

/** Where guidance links in an exported plan point. */
export interface ActionPlanOptions {
  /** The site's address including any base path, e.g. `https://example.org/` or `https://trust.example/best-practice/`. */
  siteUrl: string;
}

const PRIORITY_LABELS: Readonly<Record<ChecklistAction['priority'], string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/**
 * A checklist's action plan as CSV: one row per action, in the order given (highest priority
 * first), with who owns it, when it is due (YYYY-MM-DD, which spreadsheets read as a date) and its
 * status. An action nobody has tracked yet is Not started.
 */
export function buildActionPlanCsv(
  actions: readonly ChecklistAction[],
  options: ActionPlanOptions,
  tracking: Tracking['actions'] = {},
): string {
  return toCsv(
    ['Section', 'Question', 'Answer', 'Priority', 'Action', 'Owner', 'Due date', 'Status', 'Guidance URL'],
    actions.map((action) => {
      const tracked = readOwn(tracking, action.questionId);
      return [
        action.sectionTitle,
        action.question,
        action.answerLabel,
        PRIORITY_LABELS[action.priority],
        action.action,
        tracked?.owner ?? '',
        tracked?.due ?? '',
        ACTION_STATUS_LABELS[tracked?.status ?? 'not-started'],
        guidanceUrl(action.guidance, options.siteUrl),
      ];
    }),
  );
}

/** A risk self-assessment's action plan as CSV: one row per risk that needs action. */
export function buildRiskActionPlanCsv(risks: readonly RiskResult[], options: ActionPlanOptions): string {
  return toCsv(
    ['Risk', 'Level', 'Likelihood', 'Severity', 'Because', 'Action', 'Guidance URL'],
    risks
      .filter((risk) => risk.needsAction)
      .map((risk) => [
        risk.title,
        risk.level === null ? '' : RISK_LEVEL_LABELS[risk.level],
        risk.likelihoodLabel ?? '',
        risk.severityLabel,
        risk.because.map((reason) => `${reason.question} – ${reason.answerLabel}`).join('\n'),
        risk.action,
        guidanceUrl(risk.guidance, options.siteUrl),
      ]),
  );
}

/** The absolute address of a guidance reference, so the link works from a spreadsheet. */
function guidanceUrl(ref: string, siteUrl: string): string {
  const site = new URL(siteUrl);
  return new URL(guidanceHref(ref, site.pathname), site).href;
}
