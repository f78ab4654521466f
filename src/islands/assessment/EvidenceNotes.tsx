import { questionsOf, readOwn } from '../../lib/assessment/answers';
import type { AssessmentDefinition } from '../../schemas/assessment';

interface Props {
  definition: AssessmentDefinition;
  /** Per question id, the note kept against it. */
  notes: Record<string, string>;
  headingLevel: 2 | 3;
}

/**
 * Every note with its question, on paper only: the question form, where notes are typed, does not
 * print once there are results, and a textarea would print as a box cut to its height.
 */
export function EvidenceNotes({ definition, notes, headingLevel }: Props) {
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const noted = questionsOf(definition).flatMap((question) => {
    const note = readOwn(notes, question.id);
    return note === undefined ? [] : [{ id: question.id, text: question.text, note }];
  });
  if (noted.length === 0) return null;
  return (
    <div class="print-only">
      <Sub>Evidence notes</Sub>
      <dl>
        {noted.map(({ id, text, note }) => (
          <div key={id}>
            <dt>{text}</dt>
            <dd>{note}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
