import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { FormLayout } from '../../lib/assessment/form-layout';
import { answerOf, applyToForm, noteOf, toggleSection, typedSchool, type FormContent } from './question-form';
import { applyToTaskList } from './task-list';

/** What the form shows, and where what the person does in it goes. */
export interface QuestionFormState extends FormContent {
  layout: FormLayout;
  /** False until the saved answers have been read. */
  ready: boolean;
  onAnswer(questionId: string, optionId: string): void;
  onNote(questionId: string, note: string): void;
  onSchool(name: string): void;
}

/**
 * Wires the server-rendered question form and task list inside `host` to the island: each tick,
 * note and school name typed is passed on, and once the saved answers are `ready` the form and
 * task list are kept showing them. Until then they are left alone, so that answers ticked and
 * notes typed before the island woke up are read, not wiped.
 */
export function useQuestionForm(host: RefObject<HTMLElement>, state: QuestionFormState): void {
  const latest = useRef(state);
  latest.current = state;
  const { answers, notes, school, layout, ready } = state;

  useEffect(() => {
    const form = host.current?.querySelector('form');
    if (!form) return;
    const onChange = (event: Event) => {
      const answer = answerOf(event.target);
      if (answer) latest.current.onAnswer(answer.questionId, answer.optionId);
    };
    // Every keystroke is saved, so a note survives the tab being closed mid-sentence.
    const onInput = (event: Event) => {
      const typed = noteOf(event.target);
      if (typed) latest.current.onNote(typed.questionId, typed.note);
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

  // A layout effect, so the form shows the answers in the same task as `data-ready` turns true and
  // as a follow-up question is revealed: nobody (and no Tab key) can reach the form in between.
  useLayoutEffect(() => {
    const root = host.current;
    const form = root?.querySelector('form');
    if (!root || !form || !ready) return;
    applyToForm(form, { answers, notes, school }, layout);
    applyToTaskList(root, layout);
  }, [host, answers, notes, school, layout, ready]);
}
