import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { clearSaved, loadSaved, readStorageEvent, saveAnswers, type SaveResult } from '../../lib/storage/saved-answers';
import {
  answersOf,
  NOTHING_STAMPED,
  sameStamped,
  schoolOf,
  stampAnswers,
  stampSchool,
  stampTracked,
  stampTracking,
  trackingOf,
  typedOf,
  type StampedAnswers,
} from '../../lib/storage/stamped';
import type { TrackedField, TrackedValues, Tracking } from '../../lib/results/tracking';
import { browserStorage } from './browser-storage';

/**
 * What the person is told about their saved answers. `download` offers the answers on screen as a
 * file, when saving them is not possible.
 */
export interface SaveNotice {
  kind: 'restored' | 'changed' | 'corrupt' | 'unavailable';
  text: string;
  download?: boolean;
}

/** What the page had before the island woke up: answers ticked, notes and a school name typed. */
export interface EarlyInput {
  answers: Answers;
  school: string;
  /** Per question id, the note typed so far; blank ones are left out. */
  notes: Record<string, string>;
}

export interface SavedAnswers {
  answers: Answers;
  school: string;
  /** Notes (cleaned) and action tracking, for the results and exports. */
  tracking: Tracking;
  /** Notes, owners, due dates and statuses exactly as typed, for the fields that show them. */
  typed: TrackedValues;
  notice: SaveNotice | null;
  /** False until the saved answers have been read, so nothing overwrites them first. */
  ready: boolean;
  setAnswer(questionId: string, optionId: string): void;
  setSchool(name: string): void;
  /** Sets one question's note, or its action's owner, due date or status; '' clears it. */
  setTracked(field: TrackedField, questionId: string, value: string): void;
  /** Replaces the answers, and the notes and tracking too unless `tracking` is null (a file that has none). */
  replaceAnswers(answers: Answers, school?: string, tracking?: Tracking | null): void;
  startAgain(): void;
}

const UNAVAILABLE: SaveNotice = {
  kind: 'unavailable',
  text: 'Your browser is not letting this site save answers (private browsing or storage turned off). You can still answer every question and see your results, but they will be lost when you close the page, so download them before you leave.',
  download: true,
};
const FULL: SaveNotice = {
  kind: 'unavailable',
  text: 'Your browser’s storage for this site is full, so the latest answers were not saved. Download your answers to keep them.',
  download: true,
};
const UNREADABLE_KEPT: SaveNotice = {
  kind: 'corrupt',
  text: 'Your saved answers could not be read, and this browser has no room to keep a copy of them aside, so they have been left exactly as they were and nothing you answer now will be saved over them. Download your answers before you leave to keep them.',
  download: true,
};
const EARLY_SAVED: SaveNotice = {
  kind: 'restored',
  text: 'The answers you gave while the page was loading have been saved.',
};

function problemNotice(reason: Extract<SaveResult, { ok: false }>['reason']): SaveNotice {
  return reason === 'quota' ? FULL : reason === 'unreadable' ? UNREADABLE_KEPT : UNAVAILABLE;
}

/**
 * Answers kept in localStorage as they are given, each with its own time, restored on return, and
 * merged with other tabs' answers through the `storage` event. Answers given before the island
 * woke up (`readEarly`) are adopted and saved. All decisions are in src/lib/storage.
 */
export function useSavedAnswers(
  assessmentId: string,
  definition: AssessmentDefinition,
  readEarly: () => EarlyInput,
): SavedAnswers {
  const [saved, setSaved] = useState<StampedAnswers>(NOTHING_STAMPED);
  const [notice, setNotice] = useState<SaveNotice | null>(null);
  const [ready, setReady] = useState(false);
  // The latest answers, for the storage listener, which is set up once.
  const current = useRef(saved);

  const show = (next: StampedAnswers) => {
    current.current = next;
    setSaved(next);
  };

  /** Shows `next` and saves it; shows the merge when another tab had saved meanwhile. */
  const persist = (next: StampedAnswers): boolean => {
    show(next);
    const result = saveAnswers(browserStorage(), assessmentId, definition, next, new Date());
    if (!result.ok) {
      setNotice(problemNotice(result.reason));
      return false;
    }
    if (!sameStamped(result.saved, next)) show(result.saved);
    return true;
  };

  useEffect(() => {
    const now = new Date();
    const loaded = loadSaved(browserStorage(), assessmentId, definition, now);
    const start = loaded.status === 'loaded' ? loaded.saved : NOTHING_STAMPED;
    const early = readEarly();
    const adopted = Object.entries(early.notes).reduce(
      (stamped, [questionId, note]) => stampTracked(stamped, 'note', questionId, note, now.getTime()),
      stampSchool(
        stampAnswers(start, { ...answersOf(start), ...early.answers }, now.getTime()),
        early.school || schoolOf(start),
        now.getTime(),
      ),
    );
    let first: SaveNotice | null = null;
    if (loaded.status === 'loaded') {
      first = loaded.notice
        ? { kind: 'changed', text: loaded.notice }
        : { kind: 'restored', text: 'Welcome back: your saved answers have been restored.' };
    } else if (loaded.status === 'corrupt') {
      first = loaded.movedTo
        ? {
            kind: 'corrupt',
            text: `Your saved answers could not be read, so the assessment has started afresh. The unreadable copy has been kept in this browser under “${loaded.movedTo}”.`,
          }
        : UNREADABLE_KEPT;
    } else if (loaded.status === 'unavailable') first = UNAVAILABLE;
    setNotice(first);
    show(adopted);
    const adoptedSome = !sameStamped(adopted, start);
    // Answers fitted to a newer version are written back, so the notice is shown once, not every visit.
    const needsSave = adoptedSome || (loaded.status === 'loaded' && loaded.notice !== undefined);
    const blocked = loaded.status === 'unavailable' || (loaded.status === 'corrupt' && !loaded.movedTo);
    if (needsSave && !blocked && persist(adopted) && adoptedSome && first?.kind !== 'changed') setNotice(EARLY_SAVED);
    setReady(true);

    const onStorage = (event: StorageEvent) => {
      const synced = readStorageEvent(event.key, event.newValue, assessmentId, definition, current.current);
      if (!synced) return;
      // This tab gave an answer the other tab's save lacks: save the merge, so both keep it.
      if (synced.storageBehind) persist(synced.saved);
      else show(synced.saved);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
    // Once per assessment: the form is read as the island wakes, and the storage listener kept for
    // the page's life. `persist` and `readEarly` are new each render but read the latest state
    // through refs, so re-running this effect for them would re-adopt answers already adopted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [assessmentId, definition]);

  const answers = useMemo(() => answersOf(saved), [saved]);
  const tracking = useMemo(() => trackingOf(saved), [saved]);
  const typed = useMemo(() => typedOf(saved), [saved]);
  const school = schoolOf(saved);
  return {
    answers,
    school,
    tracking,
    typed,
    notice,
    ready,
    setAnswer(questionId, optionId) {
      persist(stampAnswers(current.current, { ...answersOf(current.current), [questionId]: optionId }, Date.now()));
    },
    setSchool(name) {
      persist(stampSchool(current.current, name, Date.now()));
    },
    setTracked(field, questionId, value) {
      persist(stampTracked(current.current, field, questionId, value, Date.now()));
    },
    replaceAnswers(next, nextSchool = school, nextTracking = null) {
      const at = Date.now();
      const replaced = stampSchool(stampAnswers(current.current, next, at), nextSchool, at);
      persist(nextTracking ? stampTracking(replaced, nextTracking, at) : replaced);
    },
    startAgain() {
      show(NOTHING_STAMPED);
      if (!clearSaved(browserStorage(), assessmentId).ok) setNotice(UNAVAILABLE);
      else setNotice(null);
    },
  };
}
