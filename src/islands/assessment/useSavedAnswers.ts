import { useCallback, useEffect, useState } from 'preact/hooks';
import { clearSaved, loadSaved, readStorageEvent, saveAnswers } from '../../lib/storage/saved-answers';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { browserStorage } from './browser-storage';

/** What the person is told about their saved answers. */
export type SaveNotice =
  | { kind: 'restored'; text: string }
  | { kind: 'changed'; text: string }
  | { kind: 'corrupt'; text: string }
  | { kind: 'unavailable'; text: string };

export interface SavedAnswers {
  answers: Answers;
  school: string;
  notice: SaveNotice | null;
  /** False until the saved answers have been read, so nothing overwrites them first. */
  ready: boolean;
  setAnswer(questionId: string, optionId: string): void;
  setSchool(name: string): void;
  replaceAnswers(answers: Answers, school?: string): void;
  startAgain(): void;
}

const UNAVAILABLE: SaveNotice = {
  kind: 'unavailable',
  text: 'Your browser is not letting this site save answers (private browsing or storage turned off). You can still answer every question and see your results, but they will be lost when you close the page, so download them before you leave.',
};

/**
 * Answers kept in localStorage as they are given, restored on return, and kept in step with other
 * tabs through the `storage` event. All decisions are in src/lib/storage; this only wires them up.
 */
export function useSavedAnswers(assessmentId: string, definition: AssessmentDefinition): SavedAnswers {
  const [answers, setAnswers] = useState<Answers>({});
  const [school, setSchoolState] = useState('');
  const [notice, setNotice] = useState<SaveNotice | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const loaded = loadSaved(browserStorage(), assessmentId, definition, new Date());
    if (loaded.status === 'loaded') {
      setAnswers(loaded.answers);
      setSchoolState(loaded.school ?? '');
      setNotice(
        loaded.notice
          ? { kind: 'changed', text: loaded.notice }
          : { kind: 'restored', text: 'Welcome back: your saved answers have been restored.' },
      );
      // Answers fitted to a newer version are written back, so the notice is shown once, not every visit.
      if (loaded.notice)
        saveAnswers(browserStorage(), assessmentId, definition, loaded.answers, loaded.school, new Date());
    } else if (loaded.status === 'corrupt') {
      setNotice({
        kind: 'corrupt',
        text: loaded.movedTo
          ? `Your saved answers could not be read, so the assessment has started afresh. The unreadable copy has been kept in this browser under “${loaded.movedTo}”.`
          : 'Your saved answers could not be read, so the assessment has started afresh.',
      });
    } else if (loaded.status === 'unavailable') setNotice(UNAVAILABLE);
    setReady(true);

    const onStorage = (event: StorageEvent) => {
      const synced = readStorageEvent(event.key, event.newValue, assessmentId, definition);
      if (!synced) return;
      setAnswers(synced.answers);
      setSchoolState(synced.school ?? '');
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [assessmentId, definition]);

  const persist = useCallback(
    (next: Answers, nextSchool: string) => {
      const saved = saveAnswers(browserStorage(), assessmentId, definition, next, nextSchool, new Date());
      if (!saved.ok) {
        setNotice(
          saved.reason === 'quota'
            ? {
                kind: 'unavailable',
                text: 'Your browser’s storage for this site is full, so the latest answers were not saved. Download your results to keep them.',
              }
            : UNAVAILABLE,
        );
      }
    },
    [assessmentId, definition],
  );

  return {
    answers,
    school,
    notice,
    ready,
    setAnswer(questionId, optionId) {
      const next = { ...answers, [questionId]: optionId };
      setAnswers(next);
      persist(next, school);
    },
    setSchool(name) {
      setSchoolState(name);
      persist(answers, name);
    },
    replaceAnswers(next, nextSchool = school) {
      setAnswers(next);
      setSchoolState(nextSchool);
      persist(next, nextSchool);
    },
    startAgain() {
      setAnswers({});
      setSchoolState('');
      if (!clearSaved(browserStorage(), assessmentId).ok) setNotice(UNAVAILABLE);
      else setNotice(null);
    },
  };
}
