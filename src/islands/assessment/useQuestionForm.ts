import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Answers } from '../../schemas/assessment';
import type { FormLayout } from '../../lib/assessment/form-layout';
import { answerOf, applyToForm, toggleSection } from './question-form';

/**
 * Wires the server-rendered question form inside `host` to the island: each tick is passed to
 * `onAnswer`, and once the saved answers are `ready` the form is kept showing `answers`. Until then
 * it is left alone, so that answers ticked before the island woke up are read, not wiped.
 */
export function useQuestionForm(
  host: RefObject<HTMLElement>,
  answers: Answers,
  layout: FormLayout,
  ready: boolean,
  onAnswer: (questionId: string, optionId: string) => void,
): void {
  const latest = useRef(onAnswer);
  latest.current = onAnswer;

  useEffect(() => {
    const form = host.current?.querySelector('form');
    if (!form) return;
    const onChange = (event: Event) => {
      const answer = answerOf(event.target);
      if (answer) latest.current(answer.questionId, answer.optionId);
    };
    const onClick = (event: Event) => void toggleSection(event.target);
    const onSubmit = (event: Event) => event.preventDefault();
    form.addEventListener('change', onChange);
    form.addEventListener('click', onClick);
    form.addEventListener('submit', onSubmit);
    return () => {
      form.removeEventListener('change', onChange);
      form.removeEventListener('click', onClick);
      form.removeEventListener('submit', onSubmit);
    };
  }, [host]);

  useEffect(() => {
    const form = host.current?.querySelector('form');
    if (form && ready) applyToForm(form, answers, layout);
  }, [host, answers, layout, ready]);
}
