import { scoreRisk, type RiskResult } from '../assessment/risk';
import { RISK_LEVEL_LABELS, type RiskLevel } from '../assessment/scales';
import type { RiskDefinition } from '../../schemas/assessment';
import { emptyCell, type KindTable } from './kind-table';
import type { Cell, RatingOption } from './model';

/** Highest first, as the summary lists them. */
const LEVELS: readonly RiskLevel[] = ['high', 'medium', 'low'];
const RANKS: Record<RiskLevel, number> = { low: 1, medium: 2, high: 3 };
const TONES: Record<RiskLevel, RatingOption['tone']> = { low: 'good', medium: 'warn', high: 'bad' };
const NOT_ASSESSED = 'Not assessed';

function levelCell(level: RiskLevel | null): Cell {
  if (level === null) return emptyCell(NOT_ASSESSED);
  const label = RISK_LEVEL_LABELS[level];
  return { text: label, csv: label, sort: RANKS[level], tone: TONES[level] };
}

/** A risk is not applicable when an answer ended the assessment, so it never arises. */
function riskCell(risk: RiskResult | undefined): Cell {
  if (risk?.notApplicable) return { ...emptyCell('Not applicable'), csv: 'Not applicable' };
  return levelCell(risk?.level ?? null);
}

/** Columns: the overall (highest) risk level, then the level of each risk in file order. */
export function riskTable(def: RiskDefinition): KindTable {
  return {
    columns: [
      { key: 'level', label: 'Overall risk', numeric: false },
      ...def.risks.map((risk) => ({ key: `risk:${risk.id}`, label: risk.title, numeric: false })),
    ],
    ratings: LEVELS.map((level) => ({ id: level, label: RISK_LEVEL_LABELS[level], tone: TONES[level] })),
    rowOf(answers) {
      const score = scoreRisk(def, answers);
      const byId = new Map(score.risks.map((risk) => [risk.id, risk]));
      const cells: Record<string, Cell> = { level: levelCell(score.overall.level) };
      for (const risk of def.risks) cells[`risk:${risk.id}`] = riskCell(byId.get(risk.id));
      return { ratingId: score.overall.level, cells };
    },
  };
}
