import { scoreChecklist } from '../assessment/checklist';
import type { ChecklistDefinition } from '../../schemas/assessment';
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
 * Columns: overall score, rating, how many questions were answered Not applicable (they are left
 * out of the score, so a reader comparing schools needs to see it), then a score for each section.
 */
export function checklistTable(def: ChecklistDefinition): KindTable {
  const ranked = [...def.bands].sort((a, b) => b.min - a.min);
  const ratings = ranked.map((band, rank) => ({
    id: band.id,
    label: band.label,
    tone: toneOfRank(rank, ranked.length),
  }));
  const top = ratings[0];
  return {
    columns: [
      { key: 'score', label: 'Score', numeric: true },
      { key: 'rating', label: 'Rating', numeric: false },
      { key: 'notApplicable', label: 'Not applicable', numeric: true },
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
                ...(score.held && top
                  ? { note: `Held below ${top.label} by a critical question answered No or Partly` }
                  : {}),
              }
            : emptyCell(NO_SCORE),
        notApplicable: countCell(score.counts.notApplicable),
      };
      for (const section of score.sections) cells[`section:${section.id}`] = scoreCell(section.score);
      return { ratingId: rating?.id ?? null, cells };
    },
  };
}
