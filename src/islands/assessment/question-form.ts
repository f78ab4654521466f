import type { Answers } from '../../schemas/assessment';
import { progressText, type FormLayout } from '../../lib/assessment/form-layout';
import { noteCountText } from '../../lib/results/tracking';
import { setHidden, setText } from './write-if-changed';

// The server-rendered question form (src/components/assessment/QuestionForm.astro), read and
// brought up to date in place: Preact never renders the 40 questions, so the page does not wait
// for them to hydrate, and whatever was ticked before the script arrived is still there to read.

function questionsIn(form: HTMLFormElement): HTMLFieldSetElement[] {
  return [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
}

/** The question a changed radio answers, and the option chosen; null for anything else. */
export function answerOf(target: EventTarget | null): { questionId: string; optionId: string } | null {
  if (!(target instanceof HTMLInputElement) || target.type !== 'radio' || !target.checked) return null;
  const questionId = target.closest<HTMLElement>('[data-question]')?.dataset.question;
  return questionId ? { questionId, optionId: target.value } : null;
}

/** The question a typed-in note belongs to, and its text; null for anything else. */
export function noteOf(target: EventTarget | null): { questionId: string; note: string } | null {
  if (!(target instanceof HTMLTextAreaElement) || !target.hasAttribute('data-note')) return null;
  showNoteCount(target);
  const questionId = target.closest<HTMLElement>('[data-question]')?.dataset.question;
  return questionId ? { questionId, note: target.value } : null;
}

/** Every note typed in the form that is not blank, per question id. */
export function readNotes(form: HTMLFormElement): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const field of questionsIn(form)) {
    const note = field.querySelector<HTMLTextAreaElement>('textarea[data-note]');
    if (note && field.dataset.question && note.value.trim() !== '') notes[field.dataset.question] = note.value;
  }
  return notes;
}

/** Puts a note's character count in the line it is described by. */
function showNoteCount(note: HTMLTextAreaElement): void {
  const count = document.getElementById(note.getAttribute('aria-describedby') ?? '');
  if (count) setText(count, noteCountText(note.value.length));
}

/** The school name typed into the form's school field (SchoolField.astro); null for any other input. */
export function typedSchool(target: EventTarget | null): string | null {
  return target instanceof HTMLInputElement && target.hasAttribute('data-school') ? target.value : null;
}

/** Every answer ticked in the form, shown or not. */
export function readForm(form: HTMLFormElement): Answers {
  const answers: Answers = {};
  for (const field of questionsIn(form)) {
    const checked = field.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (checked && field.dataset.question) answers[field.dataset.question] = checked.value;
  }
  return answers;
}

/**
/** What the form shows: the answers ticked, the notes and the school name. */
export interface FormContent {
  answers: Answers;
  notes: Record<string, string>;
  school: string;
}

/**
 * Fills in the school name, ticks the answers, fills in the notes, shows and numbers the questions
 * the answers call for, and updates section progress. A text field is only written when it differs,
 * so typing in it never moves the caret.
 */
export function applyToForm(form: HTMLFormElement, { answers, notes, school }: FormContent, layout: FormLayout): void {
  const schoolField = form.querySelector<HTMLInputElement>('[data-school]');
  if (schoolField && schoolField.value !== school) schoolField.value = school;
  for (const field of questionsIn(form)) {
    const questionId = field.dataset.question ?? '';
    const number = layout.numbers.get(questionId);
    setHidden(field, number === undefined);
    const label = field.querySelector('.question-number');
    if (label && number !== undefined) setText(label, `${number}.`);
    const answer = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
    for (const radio of field.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      radio.checked = radio.value === answer;
    }
    const note = field.querySelector<HTMLTextAreaElement>('textarea[data-note]');
    const text = Object.hasOwn(notes, questionId) ? (notes[questionId] ?? '') : '';
    if (note && note.value !== text) {
      note.value = text;
      showNoteCount(note);
    }
    // Marks the questions with a note, so that print leaves out the empty note boxes.
    field.toggleAttribute('data-noted', text.trim() !== '');
  }
  for (const section of form.querySelectorAll<HTMLElement>('[data-section]')) {
    const progress = layout.sections.get(section.dataset.section ?? '');
    setHidden(section, progress === undefined);
    const text = section.querySelector('.section-progress');
    if (text && progress) setText(text, progressText(progress));
  }
}

/** Hides or shows a section's questions when its toggle is pressed; false for any other click. */
export function toggleSection(target: EventTarget | null): boolean {
  const button = target instanceof Element ? target.closest<HTMLButtonElement>('.section-toggle') : null;
  const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!button || !panel) return false;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
  const label = button.querySelector('.toggle-label');
  if (label) setText(label, open ? 'Hide questions' : 'Show questions');
  return true;
}
