import type { AssessmentScore } from '../../lib/assessment';
import { headingTag } from '../../lib/assessment/heading-tag';
import { formatUkDate } from '../../lib/dates/format';
import { todayInUk } from '../../lib/dates/iso-date';
import type { Tracking } from '../../lib/results/tracking';
import { updatedText } from '../../lib/assessment/updated';
import type { AssessmentDefinition } from '../../schemas/assessment';
import type { ActionEditing } from './ChecklistResults';
import type { KindParts } from './kind-parts';

interface Props {
  id: string;
  definition: AssessmentDefinition;
  score: AssessmentScore;
  /** Printed at the top of the report; shown only in print. */
  school: string;
  headingLevel: 2 | 3;
  /** Notes (printed) and each action's tracking (shown under it). */
  tracking: Tracking;
  /** Lets the person change the tracking; left out in a shared view. */
  editing?: ActionEditing | undefined;
  /** The results of this kind of assessment. */
  KindResults: KindParts['Results'];
}

/** The results section, with the report's cover lines, which only appear on paper (or in a PDF). */
export function Results({ id, definition, score, school, headingLevel, tracking, editing, KindResults }: Props) {
  const Heading = headingTag(headingLevel);
  return (
    <section class="assessment-results" aria-labelledby={`${id}-results`}>
      <div class="print-only report-cover">
        <p class="report-title">{school ? `Self-assessment report for ${school}` : 'Self-assessment report'}</p>
        <p>{`${definition.title}. ${updatedText(definition)}. Printed ${formatUkDate(todayInUk())}.`}</p>
      </div>
      <Heading id={`${id}-results`}>Your results</Heading>
      <KindResults
        id={id}
        definition={definition}
        score={score}
        headingLevel={headingLevel}
        tracking={tracking}
        editing={editing}
      />
    </section>
  );
}
