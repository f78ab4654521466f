import { scoreChecklist } from '../assessment/checklist';
import type { ChecklistDefinition } from '../../schemas/assessment';
import { emptyCell, toneOfRank, type KindTable } from './kind-table';
import type { Cell } from './model';

const NO_SCORE = 'No score';

function scoreCell(score: number | null): Cell {
  return score === null ? emptyCell(NO_SCORE) : { text: String(score), csv: score, sort: score };
}

/**
 * A section's score, marked when it is low: in the lowest band's range, under the next band's
 * minimum. The word says it as well as the colour, so the mark never relies on colour alone.
 */
function sectionCell(score: number | null, lowBelow: number): Cell {
  const cell = scoreCell(score);
  return score !== null && score < lowBelow ? { ...cell, tone: 'bad', note: `Low (under ${lowBelow})` } : cell;
}

/** Columns: overall score, rating, then a score for each section in file order. */
export function checklistTable(def: ChecklistDefinition): KindTable {
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
      ...def.sections.map((section) => ({ key: `section:${section.id}`, label: section.title, numeric: true })),
    ],
    ratings,
    rowOf(answers) {
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
                ...(score.held && top ? { note: `Held below ${top.label} by a critical question answered No` } : {}),
              }
            : emptyCell(NO_SCORE),
      };
      for (const section of score.sections) cells[`section:${section.id}`] = sectionCell(section.score, lowBelow);
      return { ratingId: rating?.id ?? null, cells };
    },
  };
}
