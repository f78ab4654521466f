import type { Answers, Risk, RiskDefinition } from '../../schemas/assessment';
import { readOwn } from './answers';
import { LIKELIHOODS, SEVERITIES, type LikelihoodId, type ScaleValue } from '../../schemas/scales';
import { levelOf, type RiskLevel } from './scales';
import { endsWith, visibleEntries, type VisibleEntry } from './visibility';

/** A shown answer that gave a risk the likelihood it has. */
export interface RiskReason {
  questionId: string;
  /** The question's text. */
  question: string;
  answerLabel: string;
}

export interface RiskResult {
  id: string;
  title: string;
  description: string;
  severity: ScaleValue;
  severityLabel: string;
  /** The highest likelihood any shown answer sets, or null when no answer bears on the risk. */
  likelihood: ScaleValue | null;
  likelihoodLabel: string | null;
  /** null: not yet assessed, or not applicable when the assessment ended early. Never "low" by default. */
  level: RiskLevel | null;
  /** likelihood x severity, 1-9, or null with the level. */
  score: number | null;
  /** The assessment ended early, so the risk does not arise. */
  notApplicable: boolean;
  /** The level is above low, so the action applies. */
  needsAction: boolean;
  /** Every shown answer that sets the likelihood the risk has. */
  because: RiskReason[];
  action: string;
  /** "<article-id>#<heading-id>" */
  guidance: string;
}

export interface RiskScore {
  kind: 'risk';
  overall: {
    /** The highest level of the assessed risks; null when none is assessed yet. */
    level: RiskLevel | null;
    /** Set when an answer ended the assessment: the overall level is then low for this reason. */
    endedBy?: { questionId: string; reason: string };
  };
  /** Every risk, highest level first, then highest score, then file order. */
  risks: RiskResult[];
  counts: { answered: number; unanswered: number; total: number };
}

type Entry = VisibleEntry<RiskDefinition>;

const LEVEL_RANK: Record<RiskLevel, number> = { low: 1, medium: 2, high: 3 };

function rankOf(level: RiskLevel | null): number {
  return level === null ? 0 : LEVEL_RANK[level];
}

function resultOf(risk: Risk, entries: readonly Entry[]): RiskResult {
  const severity = SEVERITIES[risk.severity];
  let likelihood: LikelihoodId | undefined;
  let because: RiskReason[] = [];
  for (const { question, answer } of entries) {
    const option = question.options.find((candidate) => candidate.id === answer);
    const set = readOwn(option?.sets, risk.id);
    if (!option || !set) continue;
    const reason = { questionId: question.id, question: question.text, answerLabel: option.label };
    const current = likelihood === undefined ? 0 : LIKELIHOODS[likelihood].value;
    if (LIKELIHOODS[set].value > current) {
      likelihood = set;
      because = [reason];
    } else if (LIKELIHOODS[set].value === current) {
      because.push(reason);
    }
  }
  const score = likelihood === undefined ? null : LIKELIHOODS[likelihood].value * severity.value;
  const level = score === null ? null : levelOf(score);
  return {
    id: risk.id,
    title: risk.title,
    description: risk.description,
    severity: severity.value,
    severityLabel: severity.label,
    likelihood: likelihood === undefined ? null : LIKELIHOODS[likelihood].value,
    likelihoodLabel: likelihood === undefined ? null : LIKELIHOODS[likelihood].label,
    level,
    score,
    notApplicable: false,
    needsAction: rankOf(level) > LEVEL_RANK.low,
    because,
    action: risk.action,
    guidance: risk.guidance,
  };
}

/** Assesses each risk from its definition and the answers alone. */
export function scoreRisk(def: RiskDefinition, answers: Answers): RiskScore {
  const entries = visibleEntries(def, answers);
  const answered = entries.filter((entry) => entry.answer !== undefined).length;
  const counts = { answered, unanswered: entries.length - answered, total: entries.length };

  // Nothing is shown after an ending answer, so only the last shown question can have one.
  const last = entries.at(-1);
  const reason = last && endsWith(last.question, last.answer);
  if (last && reason !== undefined) {
    return {
      kind: 'risk',
      overall: { level: 'low', endedBy: { questionId: last.question.id, reason } },
      risks: def.risks.map((risk) => ({ ...resultOf(risk, []), notApplicable: true })),
      counts,
    };
  }

  const risks = def.risks
    .map((risk) => resultOf(risk, entries))
    .sort((a, b) => rankOf(b.level) - rankOf(a.level) || (b.score ?? 0) - (a.score ?? 0));
  const highest = risks[0]?.level ?? null;
  return { kind: 'risk', overall: { level: highest }, risks, counts };
}
