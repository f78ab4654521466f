import { beforeEach, describe, expect, it } from 'vitest';
import { clearSaved, loadSaved, readStorageEvent, saveAnswers } from '../../src/lib/storage/saved-answers';
import { answersKey, corruptKey, STORAGE_KEY_PATTERNS } from '../../src/lib/storage/keys';
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

function store(record: unknown) {
  storage.items.set(KEY, typeof record === 'string' ? record : JSON.stringify(record));
}

describe('saving and loading', () => {
  it('finds nothing before anything is saved', () => {
    expect(loadSaved(storage, ID, checklist, now)).toEqual({ status: 'empty' });
  });

  it('gives back what was saved, with the school and the time', () => {
    expect(saveAnswers(storage, ID, checklist, { 'two-step': 'yes', leavers: 'no' }, ' Oak  School ', now)).toEqual({
      ok: true,
    });
    expect(loadSaved(storage, ID, checklist, new Date())).toEqual({
      status: 'loaded',
      answers: { 'two-step': 'yes', leavers: 'no' },
      school: 'Oak School',
      savedAt: '2026-11-25T10:00:00.000Z',
    });
  });

  it('saves under the documented key and shape, leaving out a blank school', () => {
    saveAnswers(storage, ID, checklist, { leavers: 'no' }, '  ', now);
    expect(JSON.parse(storage.items.get(KEY) ?? '')).toEqual({
      v: 1,
      assessmentVersion: 2,
      answers: { leavers: 'no' },
      savedAt: '2026-11-25T10:00:00.000Z',
    });
  });

  it('keeps each assessment’s answers apart', () => {
    saveAnswers(storage, ID, checklist, { leavers: 'no' }, undefined, now);
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
      answers: { 'two-step': 'yes' },
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
      answers: { leavers: 'no' },
      notice: "1 saved answer does not match this assessment's questions and has been left out.",
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
    ['an unknown record version', { v: 2, assessmentVersion: 2, answers: {}, savedAt: 'x' }],
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

  it('leaves the value where it is when there is no room to copy it', () => {
    store('not json');
    storage.refuseWrites = new DOMException('full', 'QuotaExceededError');
    expect(loadSaved(storage, ID, checklist, now)).toEqual({ status: 'corrupt', movedTo: null });
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
    expect(saveAnswers(blocked, ID, checklist, { leavers: 'no' }, undefined, now)).toEqual({
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
    expect(saveAnswers(storage, ID, checklist, { leavers: 'no' }, undefined, now)).toEqual({
      ok: false,
      reason: 'quota',
    });
  });
});

describe('clearSaved', () => {
  it('forgets this assessment’s answers only', () => {
    saveAnswers(storage, ID, checklist, { leavers: 'no' }, undefined, now);
    saveAnswers(storage, 'messaging-risk', risk, { 'uses-messaging': 'no' }, undefined, now);
    expect(clearSaved(storage, ID)).toEqual({ ok: true });
    expect(loadSaved(storage, ID, checklist, now)).toEqual({ status: 'empty' });
    expect(storage.items.has(answersKey('messaging-risk'))).toBe(true);
  });
});

describe('readStorageEvent', () => {
  const record = (answers: Record<string, string>, assessmentVersion = 2) =>
    JSON.stringify({ v: 1, assessmentVersion, answers, school: 'Oak', savedAt: '2026-11-25T10:00:00.000Z' });

  it('gives the answers another tab saved for this assessment', () => {
    expect(readStorageEvent(KEY, record({ leavers: 'no' }), ID, checklist)).toEqual({
      answers: { leavers: 'no' },
      school: 'Oak',
    });
  });

  it('fits answers another tab saved against another version', () => {
    expect(readStorageEvent(KEY, record({ leavers: 'no', gone: 'yes' }, 1), ID, checklist)).toEqual({
      answers: { leavers: 'no' },
      school: 'Oak',
    });
  });

  it('ignores other keys and values it cannot read', () => {
    expect(readStorageEvent('sbp:answers:messaging-risk', record({}), ID, checklist)).toBeNull();
    expect(readStorageEvent('sbp:corrupt:cyber-security-checklist:x', record({}), ID, checklist)).toBeNull();
    expect(readStorageEvent(KEY, '{"v":1', ID, checklist)).toBeNull();
  });

  it('empties the answers when another tab cleared them or all storage was cleared', () => {
    expect(readStorageEvent(KEY, null, ID, checklist)).toEqual({ answers: {} });
    expect(readStorageEvent(null, null, ID, checklist)).toEqual({ answers: {} });
  });
});

describe('STORAGE_KEY_PATTERNS', () => {
  it('names every key the functions write, for the privacy page', () => {
    // The patterns hold only letters, colons and <placeholders>, so each reads directly as a regular expression.
    const patterns = STORAGE_KEY_PATTERNS.map(({ pattern }) => new RegExp(`^${pattern.replace(/<[^>]+>/g, '.+')}$`));
    saveAnswers(storage, ID, checklist, { leavers: 'no' }, 'Oak', now);
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
