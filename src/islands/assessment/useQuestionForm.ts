import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Answers } from '../../schemas/assessment';
import type { FormLayout } from '../../lib/assessment/form-layout';
import { answerOf, applyToForm, noteOf, toggleSection } from './question-form';

/** What the form passes up: a tick, or a note typed. */
export interface FormHandlers {
  onAnswer(questionId: string, optionId: string): void;
  onNote(questionId: string, note: string): void;
}

/**
 * Wires the server-rendered question form inside `host` to the island: each tick and each note
 * typed is passed to `handlers`, and once the saved answers are `ready` the form is kept showing
 * `answers` and `notes`. Until then it is left alone, so that answers ticked and notes typed
 * before the island woke up are read, not wiped.
 */
export function useQuestionForm(
  host: RefObject<HTMLElement>,
  answers: Answers,
  notes: Record<string, string>,
  layout: FormLayout,
  ready: boolean,
  handlers: FormHandlers,
): void {
  const latest = useRef(handlers);
  latest.current = handlers;

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
    const form = host.current?.querySelector('form');
    if (form && ready) applyToForm(form, answers, notes, layout);
  }, [host, answers, notes, layout, ready]);
}
