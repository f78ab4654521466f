import type { AssessmentQuestion } from '../../schemas/assessment';
import { to } from '../../config/addresses';
import { CHECKLIST_OPTIONS } from '../../schemas/scales';

interface Props {
  question: AssessmentQuestion;
  number: number;
  answer: string | undefined;
  /** Keeps radio names unique when two assessments share a page. */
  namePrefix: string;
  onAnswer(questionId: string, optionId: string): void;
  /** Opens guidance in a new tab (inside an embed). */
}

/** One question: a fieldset whose legend is the question, with labelled radios. */
export function QuestionField({ question, number, answer, namePrefix, onAnswer }: Props) {
  const options: readonly { id: string; label: string }[] =
    'options' in question ? question.options : CHECKLIST_OPTIONS;
  const name = `${namePrefix}-${question.id}`;
  return (
    <fieldset class="question" id={name}>
      <legend>
        <span class="question-number">{`${number}.`}</span> {question.text}
      </legend>
      {question.help && (
        <details class="question-help">
          <summary>What this means</summary>
          <p>{question.help}</p>
        </details>
      )}
      <div class="options">
        {options.map((option) => (
          <label key={option.id} class="option">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={answer === option.id}
              onChange={() => onAnswer(question.id, option.id)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <p class="question-guidance">
        <a href={to.guidance(question.guidance)}>
          Read the guidance<span class="visually-hidden">{` for question ${number}`}</span>
        </a>
      </p>
    </fieldset>
  );
}
