import type { Answers, Band, ChecklistDefinition, ChecklistQuestion } from '../../schemas/assessment';
import { orderActions } from './action-order';
import { findChecklistOption } from './scales';
import { visibleEntries, type VisibleEntry } from './visibility';

/** A score and the counts behind it, for a section or the whole checklist. */
export interface ScoreLine {
  /** 0-100, or null when no shown question has an applicable answer (no score is not zero). */
  score: number | null;
  /** Shown questions answered Yes, Partly or No. */
  answered: number;
  /** Shown questions answered Not applicable. */
  notApplicable: number;
  /** Shown questions with no answer. */
  unanswered: number;
  /** Shown questions: answered + notApplicable + unanswered. */
  total: number;
}

export type Priority = 'high' | 'medium' | 'low';

const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low'];

/** Something to do about a question answered Partly or No. */
export interface ChecklistAction {
  questionId: string;
  sectionId: string;
  sectionTitle: string;
  /** The question's text. */
  question: string;
  answer: 'partly' | 'no';
  answerLabel: string;
  priority: Priority;
  critical: boolean;
  action: string;
  /** "<article-id>#<heading-id>" */
  guidance: string;
}

export interface ChecklistScore {
  kind: 'checklist';
  /** Over every shown question, weighted: not an average of the sections. */
  overall: ScoreLine;
  /** One line per section, in file order. */
  sections: (ScoreLine & { id: string; title: string })[];
  counts: Omit<ScoreLine, 'score'>;
  /** The rating, or null when there is no score. */
  band: Band | null;
  /** True when a critical No or Partly moved the rating down from the top band. */
  held: boolean;
  /** Every shown critical question answered No or Partly, in plan order: each keeps the rating below the top band. */
  heldBy: { questionId: string; text: string; answerLabel: string }[];
  /**
   * One per Partly or No answer, high priority first, then in file order, except that an action
   * comes after the actions its question's `after` names (see `orderActions`).
   */
  actions: ChecklistAction[];
}

type Entry = VisibleEntry<ChecklistDefinition>;

/** round(100 * sum(weight * value) / sum(weight)) over the answered, applicable questions. */
function scoreLineOf(entries: readonly Entry[]): ScoreLine {
  const line: ScoreLine = { score: null, answered: 0, notApplicable: 0, unanswered: 0, total: entries.length };
  let earned = 0;
  let possible = 0;
  for (const { question, answer } of entries) {
    const value = findChecklistOption(answer)?.value;
    if (value === undefined) line.unanswered += 1;
    else if (value === null) line.notApplicable += 1;
    else {
      line.answered += 1;
      earned += question.weight * value;
      possible += question.weight;
    }
  }
  // Weights are at least 1, so nothing possible means nothing answered.
  if (possible > 0) line.score = Math.round((100 * earned) / possible);
  return line;
}

/** The highest band the score reaches; a critical No or Partly holds it to the band below the top one. */
function bandOf(bands: readonly Band[], score: number | null, holding: boolean): { band: Band | null; held: boolean } {
  if (score === null) return { band: null, held: false };
  const ranked = [...bands].sort((a, b) => b.min - a.min);
  const reached = ranked.findIndex((band) => band.min <= score);
  const below = ranked[reached + 1];
  if (holding && reached === 0 && below) return { band: below, held: true };
  return { band: ranked[reached] ?? null, held: false };
}

/** Critical is always high; otherwise weight 3/2/1 is high/medium/low, one step lower for Partly. */
function priorityOf(question: ChecklistQuestion, answer: 'partly' | 'no'): Priority {
  if (question.critical) return 'high';
  const rank = 3 - question.weight + (answer === 'partly' ? 1 : 0);
  return PRIORITIES[Math.min(rank, PRIORITIES.length - 1)] ?? 'low';
}

function actionsOf(entries: readonly Entry[]): ChecklistAction[] {
  const actions: ChecklistAction[] = [];
  const after = new Map<string, readonly string[]>();
  for (const { section, question, answer } of entries) {
    const option = findChecklistOption(answer);
    if (option?.id !== 'partly' && option?.id !== 'no') continue;
    after.set(question.id, question.after ?? []);
    actions.push({
      questionId: question.id,
      sectionId: section.id,
      sectionTitle: section.title,
      question: question.text,
      answer: option.id,
      answerLabel: option.label,
      priority: priorityOf(question, option.id),
      critical: question.critical,
      action: question.action,
      guidance: question.guidance,
    });
  }
  return orderActions(actions, after, PRIORITIES);
}

/** Scores a checklist from its definition and answers alone. */
export function scoreChecklist(def: ChecklistDefinition, answers: Answers): ChecklistScore {
  const entries = visibleEntries(def, answers);
  const overall = scoreLineOf(entries);
  const { score: _, ...counts } = overall;
  const actions = actionsOf(entries);
  // Every critical question answered Partly or No has an action.
  const heldBy = actions
    .filter((action) => action.critical)
    .map(({ questionId, question, answerLabel }) => ({ questionId, text: question, answerLabel }));
  return {
    kind: 'checklist',
    overall,
    sections: def.sections.map((section) => ({
      id: section.id,
      title: section.title,
      ...scoreLineOf(entries.filter((entry) => entry.section === section)),
    })),
    counts,
    ...bandOf(def.bands, overall.score, heldBy.length > 0),
    heldBy,
    actions,
  };
}
