import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Answers } from '../../schemas/assessment';
import type { FormLayout } from '../../lib/assessment/form-layout';
import { answerOf, applyToForm, toggleSection, typedSchool } from './question-form';
import { applyToTaskList } from './task-list';

/** What the form shows, and where what the person does in it goes. */
export interface QuestionFormState {
  answers: Answers;
  school: string;
  layout: FormLayout;
  /** False until the saved answers have been read. */
  ready: boolean;
  onAnswer(questionId: string, optionId: string): void;
  onSchool(name: string): void;
}

/**
 * Wires the server-rendered question form and task list inside `host` to the island: each tick and
 * the school name typed are passed on, and once the saved answers are `ready` the form and task list
 * are kept showing them. Until then they are left alone, so that answers ticked before the island
 * woke up are read, not wiped.
 */
export function useQuestionForm(host: RefObject<HTMLElement>, state: QuestionFormState): void {
  const latest = useRef(state);
  latest.current = state;
  const { answers, school, layout, ready } = state;

  useEffect(() => {
    const form = host.current?.querySelector('form');
    if (!form) return;
    const onChange = (event: Event) => {
      const answer = answerOf(event.target);
      if (answer) latest.current.onAnswer(answer.questionId, answer.optionId);
    };
    const onInput = (event: Event) => {
      const name = typedSchool(event.target);
      if (name !== null) latest.current.onSchool(name);
    };
    const onClick = (event: Event) => void toggleSection(event.target);
    const onSubmit = (event: Event) => event.preventDefault();
    form.addEventListener('change', onChange);
    form.addEventListener('input', onInput);
    form.addEventListener('click', onClick);
    form.addEventListener('submit', onSubmit);
    return () => {
      form.removeEventListener('change', onChange);
      form.removeEventListener('input', onInput);
      form.removeEventListener('click', onClick);
      form.removeEventListener('submit', onSubmit);
    };
  }, [host]);

  useEffect(() => {
    const root = host.current;
    const form = root?.querySelector('form');
    if (!root || !form || !ready) return;
    applyToForm(form, answers, school, layout);
    applyToTaskList(root, layout);
  }, [host, answers, school, layout, ready]);
}
