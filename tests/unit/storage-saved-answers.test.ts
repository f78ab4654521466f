import { beforeEach, describe, expect, it } from 'vitest';
import { clearSaved, loadSaved, readStorageEvent, saveAnswers } from '../../src/lib/storage/saved-answers';
import { answersKey, corruptKey, STORAGE_KEY_PATTERNS } from '../../src/lib/storage/keys';
import { NOTHING_STAMPED, NOTHING_TRACKED, type StampedAnswers } from '../../src/lib/storage/stamped';
import type { StorageLike } from '../../src/lib/storage/storage-like';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

const checklist = loadDefinition('checklist', FIXTURES);
const risk = loadDefinition('risk', FIXTURES);
const ID = 'cyber-security-checklist';
const KEY = 'sbp:answers:cyber-security-checklist';
const now = new Date('2026-11-25T10:00:00.000Z');

/** An in-memory Storage that can be told to refuse writes the way a full browser storage does. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  refuseWrites: Error | null = null;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuseWrites) throw this.refuseWrites;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Storage in a browser where it is turned off: every call throws. */
const blocked: StorageLike = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
});

const T = now.getTime();

/** Answers all given at one time, with an optional school name typed then too. */
function given(answers: Record<string, string>, at = T, school: string | null = null): StampedAnswers {
  return {
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value, at }])),
    school: { value: school, at: school === null ? 0 : at },
    tracked: NOTHING_TRACKED,
  };
}

function store(record: unknown) {
  storage.items.set(KEY, typeof record === 'string' ? record : JSON.stringify(record));
}

describe('saving and loading', () => {
  it('finds nothing before anything is saved', () => {
    expect(loadSaved(storage, ID, checklist, now)).toEqual({ status: 'empty' });
  });

  it('gives back what was saved, with the school and the time', () => {
    const answers = given({ 'two-step': 'yes', leavers: 'no' }, T, 'Oak School');
    expect(saveAnswers(storage, ID, checklist, answers, now)).toEqual({ ok: true, saved: answers });
    expect(loadSaved(storage, ID, checklist, new Date())).toEqual({
      status: 'loaded',
      saved: answers,
      savedAt: '2026-11-25T10:00:00.000Z',
    });
  });

  it('saves under the documented key and shape, every answer with its time, a cleared one as null', () => {
    const answers: StampedAnswers = {
      answers: { leavers: { value: 'no', at: 5 }, 'two-step': { value: null, at: 7 } },
      school: { value: null, at: 0 },
      tracked: NOTHING_TRACKED,
    };
    saveAnswers(storage, ID, checklist, answers, now);
    expect(JSON.parse(storage.items.get(KEY) ?? '')).toEqual({
      v: 2,
      assessmentVersion: 2,
      answers: { leavers: { value: 'no', at: 5 }, 'two-step': { value: null, at: 7 } },
      school: { value: null, at: 0 },
      tracked: { note: {}, owner: {}, due: {}, status: {} },
      savedAt: '2026-11-25T10:00:00.000Z',
    });
  });

  it('reads a version 1 record, every answer taking the time it was saved, and cleans its school name', () => {
    store({
      v: 1,
      assessmentVersion: 2,
      answers: { leavers: 'no' },
      school: ' Oak  ',
      savedAt: '2026-01-01T00:00:00.000Z',
    });
    const at = Date.UTC(2026, 0, 1);
    expect(loadSaved(storage, ID, checklist, now)).toEqual({
      status: 'loaded',
      saved: { answers: { leavers: { value: 'no', at } }, school: { value: 'Oak', at }, tracked: NOTHING_TRACKED },
      savedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('saves and loads notes and action tracking, dropping those of questions the assessment no longer has', () => {
    const tracked: StampedAnswers = {
      ...given({ leavers: 'no' }),
      tracked: {
        note: { leavers: { value: 'HR folder', at: 3 }, gone: { value: 'old', at: 3 } },
        owner: { leavers: { value: 'Ms Patel', at: 4 } },
        due: { leavers: { value: '2027-01-31', at: 4 } },
        status: { leavers: { value: 'in-progress', at: 5 } },
      },
    };
    saveAnswers(storage, ID, checklist, tracked, now);
    expect(JSON.parse(storage.items.get(KEY) ?? '').tracked).toEqual(tracked.tracked);
    const loaded = loadSaved(storage, ID, checklist, now);
    expect(loaded.status === 'loaded' && loaded.saved.tracked).toEqual({
      ...tracked.tracked,
      note: { leavers: { value: 'HR folder', at: 3 } },
    });
  });

  it('reads a version 2 record written before tracking was kept, with none', () => {
    store({
      v: 2,
      assessmentVersion: 2,
      answers: {},
      school: { value: null, at: 0 },
      savedAt: '2026-11-25T10:00:00.000Z',
    });
    expect(loadSaved(storage, ID, checklist, now)).toMatchObject({
      status: 'loaded',
      saved: { tracked: NOTHING_TRACKED },
    });
  });

  it('moves a record whose tracking is not stamps aside, unchanged', () => {
    const raw = JSON.stringify({
      v: 2,
      assessmentVersion: 2,
      answers: {},
      school: { value: null, at: 0 },
      tracked: { note: { leavers: 'HR folder' }, owner: {}, due: {}, status: {} },
      savedAt: '2026-11-25T10:00:00.000Z',
    });
    store(raw);
    expect(loadSaved(storage, ID, checklist, now)).toMatchObject({ status: 'corrupt' });
    expect([...storage.items.values()]).toEqual([raw]);
  });

  it('keeps each assessment’s answers apart', () => {
    saveAnswers(storage, ID, checklist, given({ leavers: 'no' }), now);
    expect(loadSaved(storage, 'messaging-risk', risk, now)).toEqual({ status: 'empty' });
  });
});

describe('after the assessment changed', () => {
  it('keeps answers to questions that still exist and says how many were dropped', () => {
    store({
      v: 1,
      assessmentVersion: 1,
      answers: { 'two-step': 'yes', 'old-question': 'no' },
      savedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(loadSaved(storage, ID, checklist, now)).toEqual({
      status: 'loaded',
      saved: given({ 'two-step': 'yes' }, Date.UTC(2026, 0, 1)),
      savedAt: '2026-01-01T00:00:00.000Z',
      notice:
        'This assessment has been updated since your answers were saved. Your answers to questions that are still asked have been kept; 1 answer to questions that changed or were removed has been left out.',
    });
  });

  it('says all answers were kept when none were dropped', () => {
    store({ v: 1, assessmentVersion: 1, answers: { 'two-step': 'yes' }, savedAt: '2026-01-01T00:00:00.000Z' });
    expect(loadSaved(storage, ID, checklist, now)).toMatchObject({
      notice:
        'This assessment has been updated since your answers were saved. All your answers still apply and have been kept.',
    });
  });

  it('drops answers that do not fit the same version, and says so', () => {
    store({
      v: 1,
      assessmentVersion: 2,
      answers: { 'two-step': 'sometimes', leavers: 'no' },
      savedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(loadSaved(storage, ID, checklist, now)).toMatchObject({
      saved: given({ leavers: 'no' }, Date.UTC(2026, 0, 1)),
      notice: "1 saved answer does not match this assessment's questions and has been left out.",
    });
  });

  it('clears a Not applicable the question no longer offers, keeps the other answers, and asks for an answer', () => {
    // two-step is critical, so it never offers N/A; admin-accounts still does.
    store({
      v: 1,
      assessmentVersion: 1,
      answers: { 'two-step': 'na', 'admin-accounts': 'na', leavers: 'no' },
      savedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(loadSaved(storage, ID, checklist, now)).toMatchObject({
      saved: given({ 'admin-accounts': 'na', leavers: 'no' }, Date.UTC(2026, 0, 1)),
      notice:
        'This assessment has been updated since your answers were saved. Your answers to questions that are still asked have been kept; 1 answer to questions that changed or were removed has been left out. Not applicable was cleared from 1 question that every school must answer.',
    });
  });

  it('does not write the fitted answers back by itself', () => {
    store({ v: 1, assessmentVersion: 1, answers: { 'old-question': 'no' }, savedAt: '2026-01-01T00:00:00.000Z' });
    const before = new Map(storage.items);
    loadSaved(storage, ID, checklist, now);
    expect(storage.items).toEqual(before);
  });
});

describe('stored values that cannot be read', () => {
  it.each([
    ['not JSON', '{"v":1,"answers":'],
    ['null', 'null'],
    ['a string', '"yes"'],
    ['a list', '[]'],
    ['an unknown record version', { v: 3, assessmentVersion: 2, answers: {}, savedAt: 'x' }],
    ['a version 2 record without a school stamp', { v: 2, assessmentVersion: 2, answers: {}, savedAt: 'x' }],
    [
      'a version 2 answer without a time',
      {
        v: 2,
        assessmentVersion: 2,
        answers: { leavers: { value: 'no' } },
        school: { value: null, at: 0 },
        savedAt: 'x',
      },
    ],
    [
      'a version 2 answer that is a number',
      {
        v: 2,
        assessmentVersion: 2,
        answers: { leavers: { value: 1, at: 1 } },
        school: { value: null, at: 0 },
        savedAt: 'x',
      },
    ],
    ['answers as a list', { v: 1, assessmentVersion: 2, answers: ['yes'], savedAt: 'x' }],
    ['an answer that is not text', { v: 1, assessmentVersion: 2, answers: { leavers: 0 }, savedAt: 'x' }],
    ['no assessment version', { v: 1, answers: {}, savedAt: 'x' }],
    ['a school that is not text', { v: 1, assessmentVersion: 2, answers: {}, school: 1, savedAt: 'x' }],
    ['no saved time', { v: 1, assessmentVersion: 2, answers: {} }],
  ])('moves %s aside, unchanged, and starts clean', (_, value) => {
    store(value);
    const raw = storage.items.get(KEY);
    const movedTo = 'sbp:corrupt:cyber-security-checklist:2026-11-25T10:00:00.000Z';
    expect(loadSaved(storage, ID, checklist, now)).toEqual({ status: 'corrupt', movedTo });
    expect(storage.items.get(movedTo)).toBe(raw);
    expect(storage.items.has(KEY)).toBe(false);
    expect(loadSaved(storage, ID, checklist, now)).toEqual({ status: 'empty' });
  });

  it('leaves the value where it is when there is no room to copy it, and never saves over it', () => {
    store('not json');
    storage.refuseWrites = new DOMException('full', 'QuotaExceededError');
    expect(loadSaved(storage, ID, checklist, now)).toEqual({ status: 'corrupt', movedTo: null });
    expect(storage.items.get(KEY)).toBe('not json');
    // Room comes back (another site's data was cleared, say): the next answer still does not replace it.
    storage.refuseWrites = null;
    expect(saveAnswers(storage, ID, checklist, given({ leavers: 'no' }), now)).toEqual({
      ok: false,
      reason: 'unreadable',
    });
    expect(clearSaved(storage, ID)).toEqual({ ok: true });
    expect(storage.items.get(KEY)).toBe('not json');
  });

  it('keeps values set aside earlier when the person starts again', () => {
    store('not json');
    loadSaved(storage, ID, checklist, now);
    clearSaved(storage, ID);
    expect(storage.items.get(corruptKey(ID, now))).toBe('not json');
  });
});

describe('when storage is turned off or full', () => {
  it('reports storage that throws on every call, without throwing', () => {
    expect(loadSaved(blocked, ID, checklist, now)).toEqual({ status: 'unavailable' });
    expect(saveAnswers(blocked, ID, checklist, given({ leavers: 'no' }), now)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(clearSaved(blocked, ID)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it.each([
    ['QuotaExceededError', new DOMException('full', 'QuotaExceededError')],
    ['Firefox’s older name', new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED')],
  ])('tells a full storage apart (%s)', (_, error) => {
    storage.refuseWrites = error;
    expect(saveAnswers(storage, ID, checklist, given({ leavers: 'no' }), now)).toEqual({
      ok: false,
      reason: 'quota',
    });
  });
});

describe('clearSaved', () => {
  it('forgets this assessment’s answers only', () => {
    saveAnswers(storage, ID, checklist, given({ leavers: 'no' }), now);
    saveAnswers(storage, 'messaging-risk', risk, given({ 'uses-messaging': 'no' }), now);
    expect(clearSaved(storage, ID)).toEqual({ ok: true });
    expect(loadSaved(storage, ID, checklist, now)).toEqual({ status: 'empty' });
    expect(storage.items.has(answersKey('messaging-risk'))).toBe(true);
  });
});

describe('saving merges with what another tab saved meanwhile', () => {
  it('keeps both tabs’ answers to different questions', () => {
    saveAnswers(storage, ID, checklist, given({ leavers: 'no' }, T), now);
    // The second tab read storage before the first saved; its save must not drop "leavers".
    expect(saveAnswers(storage, ID, checklist, given({ 'two-step': 'yes' }, T + 1), now)).toEqual({
      ok: true,
      saved: {
        answers: { leavers: { value: 'no', at: T }, 'two-step': { value: 'yes', at: T + 1 } },
        school: { value: null, at: 0 },
        tracked: NOTHING_TRACKED,
      },
    });
  });

  it('keeps the newer answer to the same question, whichever tab saves last', () => {
    saveAnswers(storage, ID, checklist, given({ leavers: 'yes' }, T + 5), now);
    const result = saveAnswers(storage, ID, checklist, given({ leavers: 'no' }, T), now);
    expect(result).toMatchObject({ ok: true, saved: { answers: { leavers: { value: 'yes', at: T + 5 } } } });
  });

  it('keeps a newer clearing over an older answer', () => {
    saveAnswers(storage, ID, checklist, given({ leavers: 'yes' }, T), now);
    const cleared: StampedAnswers = {
      answers: { leavers: { value: null, at: T + 1 } },
      school: NOTHING_STAMPED.school,
      tracked: NOTHING_TRACKED,
    };
    expect(saveAnswers(storage, ID, checklist, cleared, now)).toEqual({ ok: true, saved: cleared });
  });
});

describe('readStorageEvent', () => {
  const record = (answers: Record<string, string>, assessmentVersion = 2) =>
    JSON.stringify({ v: 1, assessmentVersion, answers, school: 'Oak', savedAt: '2026-11-25T10:00:00.000Z' });
  const at = T;

  it('gives the answers another tab saved for this assessment, with nothing to save back', () => {
    expect(readStorageEvent(KEY, record({ leavers: 'no' }), ID, checklist, NOTHING_STAMPED)).toEqual({
      saved: given({ leavers: 'no' }, at, 'Oak'),
      storageBehind: false,
    });
  });

  it('merges in an answer this tab gave at the same moment, and says storage lacks it', () => {
    const mine = given({ 'two-step': 'yes' }, at + 1);
    expect(readStorageEvent(KEY, record({ leavers: 'no' }), ID, checklist, mine)).toEqual({
      saved: {
        answers: { leavers: { value: 'no', at }, 'two-step': { value: 'yes', at: at + 1 } },
        school: { value: 'Oak', at },
        tracked: NOTHING_TRACKED,
      },
      storageBehind: true,
    });
  });

  it('fits answers another tab saved against another version', () => {
    expect(readStorageEvent(KEY, record({ leavers: 'no', gone: 'yes' }, 1), ID, checklist, NOTHING_STAMPED)).toEqual({
      saved: given({ leavers: 'no' }, at, 'Oak'),
      storageBehind: false,
    });
  });

  it('ignores other keys and values it cannot read', () => {
    expect(readStorageEvent('sbp:answers:messaging-risk', record({}), ID, checklist, NOTHING_STAMPED)).toBeNull();
    expect(
      readStorageEvent('sbp:corrupt:cyber-security-checklist:x', record({}), ID, checklist, NOTHING_STAMPED),
    ).toBeNull();
    expect(readStorageEvent(KEY, '{"v":1', ID, checklist, NOTHING_STAMPED)).toBeNull();
  });

  it('empties the answers when another tab cleared them or all storage was cleared', () => {
    const mine = given({ leavers: 'no' });
    expect(readStorageEvent(KEY, null, ID, checklist, mine)).toEqual({ saved: NOTHING_STAMPED, storageBehind: false });
    expect(readStorageEvent(null, null, ID, checklist, mine)).toEqual({ saved: NOTHING_STAMPED, storageBehind: false });
  });
});

describe('STORAGE_KEY_PATTERNS', () => {
  it('names every key the functions write, for the privacy page', () => {
    // The patterns hold only letters, colons and <placeholders>, so each reads directly as a regular expression.
    const patterns = STORAGE_KEY_PATTERNS.map(({ pattern }) => new RegExp(`^${pattern.replace(/<[^>]+>/g, '.+')}$`));
    saveAnswers(storage, ID, checklist, given({ leavers: 'no' }, T, 'Oak'), now);
    storage.items.set(answersKey('messaging-risk'), 'garbage');
    loadSaved(storage, 'messaging-risk', risk, now);
    expect(storage.items.size).toBe(2);
    for (const key of storage.items.keys())
      expect(
        patterns.some((pattern) => pattern.test(key)),
        key,
      ).toBe(true);
    expect(STORAGE_KEY_PATTERNS.every(({ holds }) => holds.length > 0)).toBe(true);
  });
});
