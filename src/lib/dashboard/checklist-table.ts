import { scoreChecklist } from '../assessment/checklist';
import type { ChecklistDefinition } from '../../schemas/assessment';
import type { IsoDate } from '../dates/iso-date';
import type { Tracking } from '../results/tracking';
import { countActions } from './action-counts';
import { emptyCell, toneOfRank, type KindTable } from './kind-table';
import type { Cell } from './model';

const NO_SCORE = 'No score';

function scoreCell(score: number | null): Cell {
  return score === null ? emptyCell(NO_SCORE) : { text: String(score), csv: score, sort: score };
}

function countCell(count: number): Cell {
  return { text: String(count), csv: count, sort: count };
}

/**
 * Done, open and overdue actions in one cell, sorted by how many are overdue (most last when
 * ascending, so a descending sort puts the schools to chase first).
 */
function actionsCell(
  actionQuestionIds: readonly string[],
  actions: Tracking['actions'] | undefined,
  today: IsoDate,
): Cell {
  if (actions === undefined) return emptyCell('Not tracked (older file)');
  const { done, open, overdue } = countActions(actionQuestionIds, actions, today);
  const text = `${done} done, ${open} open, ${overdue} overdue`;
  return { text, csv: text, sort: overdue };
}

/**
 * A section's score, marked when it is low: in the lowest band's range, under the next band's
 * minimum. The word says it as well as the colour, so the mark never relies on colour alone.
 */
function sectionCell(score: number | null, lowBelow: number): Cell {
  const cell = scoreCell(score);
  return score !== null && score < lowBelow ? { ...cell, tone: 'bad', note: `Low (under ${lowBelow})` } : cell;
}

/**
 * Columns: overall score, rating, how many questions were answered Not applicable (they are left
 * out of the score, so a reader comparing schools needs to see it), actions done, open and overdue
 * as of `today`, then a score for each section in file order, low ones marked.
 */
export function checklistTable(def: ChecklistDefinition, today: IsoDate): KindTable {
  const ranked = [...def.bands].sort((a, b) => b.min - a.min);
  const ratings = ranked.map((band, rank) => ({
    id: band.id,
    label: band.label,
    tone: toneOfRank(rank, ranked.length),
  }));
  const top = ratings[0];
  // With a single band nothing counts as low: every score is in the only band there is.
  const lowBelow = ranked.at(-2)?.min ?? 0;
  return {
    columns: [
      { key: 'score', label: 'Score', numeric: true },
      { key: 'rating', label: 'Rating', numeric: false },
      { key: 'notApplicable', label: 'Not applicable', numeric: true },
      { key: 'actions', label: 'Actions', numeric: false },
      ...def.sections.map((section) => ({ key: `section:${section.id}`, label: section.title, numeric: true })),
    ],
    ratings,
    rowOf(answers, actions) {
      const score = scoreChecklist(def, answers);
      const rating = ratings.find((option) => option.id === score.band?.id);
      const cells: Record<string, Cell> = {
        score: scoreCell(score.overall.score),
        // Sorting by the band's minimum puts bands in rank order whatever their labels.
        rating:
          rating && score.band
            ? {
                text: rating.label,
                csv: rating.label,
                sort: score.band.min,
                tone: rating.tone,
                ...(score.held && top
                  ? { note: `Held below ${top.label} by a critical question answered No or Partly` }
                  : {}),
              }
            : emptyCell(NO_SCORE),
        notApplicable: countCell(score.counts.notApplicable),
      };
      cells.actions = actionsCell(
        score.actions.map((action) => action.questionId),
        actions,
        today,
      );
      for (const section of score.sections) cells[`section:${section.id}`] = sectionCell(section.score, lowBelow);
      return { ratingId: rating?.id ?? null, cells };
    },
  };
}
