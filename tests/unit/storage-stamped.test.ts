import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersOf,
  mergeStamped,
  NOTHING_STAMPED,
  NOTHING_TRACKED,
  sameStamped,
  schoolOf,
  stampAnswers,
  stampSchool,
  stampTracked,
  stampTracking,
  trackingOf,
  type StampedAnswers,
} from '../../src/lib/storage/stamped';

const school = { value: null, at: 0 };
const tab = (answers: StampedAnswers['answers']): StampedAnswers => ({ answers, school, tracked: NOTHING_TRACKED });

describe('mergeStamped', () => {
  it('keeps answers to different questions from both sides', () => {
    const a = tab({ leavers: { value: 'no', at: 10 } });
    const b = tab({ backups: { value: 'yes', at: 10 } });
    expect(answersOf(mergeStamped(a, b))).toEqual({ leavers: 'no', backups: 'yes' });
  });

  it('keeps the newer answer to one question, from either side', () => {
    const older = tab({ leavers: { value: 'no', at: 10 } });
    const newer = tab({ leavers: { value: 'partly', at: 11 } });
    expect(mergeStamped(older, newer).answers).toEqual({ leavers: { value: 'partly', at: 11 } });
    expect(mergeStamped(newer, older).answers).toEqual({ leavers: { value: 'partly', at: 11 } });
  });

  it('lets a newer clearing win over an older answer, and a newer answer over an older clearing', () => {
    const answered = tab({ leavers: { value: 'no', at: 10 } });
    const cleared = tab({ leavers: { value: null, at: 12 } });
    expect(answersOf(mergeStamped(answered, cleared))).toEqual({});
    const answeredAgain = tab({ leavers: { value: 'yes', at: 13 } });
    expect(answersOf(mergeStamped(cleared, answeredAgain))).toEqual({ leavers: 'yes' });
  });

  it('breaks a tie at the same millisecond the same way on both sides', () => {
    const a = tab({ leavers: { value: 'no', at: 10 } });
    const b = tab({ leavers: { value: 'yes', at: 10 } });
    expect(mergeStamped(a, b)).toEqual(mergeStamped(b, a));
    expect(answersOf(mergeStamped(a, b))).toEqual({ leavers: 'yes' });
  });

  it('merges the school name by its own time', () => {
    const a: StampedAnswers = { answers: {}, school: { value: 'Oak', at: 5 }, tracked: NOTHING_TRACKED };
    const b: StampedAnswers = { answers: {}, school: { value: 'Elm', at: 6 }, tracked: NOTHING_TRACKED };
    expect(schoolOf(mergeStamped(a, b))).toBe('Elm');
  });

  it('keeps an id such as "__proto__" as an ordinary answer', () => {
    const a = tab(JSON.parse('{"__proto__": {"value": "no", "at": 1}}') as StampedAnswers['answers']);
    const merged = mergeStamped(a, NOTHING_STAMPED);
    expect(Object.hasOwn(merged.answers, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(merged.answers)).toBe(Object.prototype);
  });

  it('is the same whichever side comes first, and merging twice changes nothing', () => {
    const stamp = fc.record({
      value: fc.option(fc.constantFrom('yes', 'no', 'partly'), { nil: null }),
      at: fc.nat(20),
    });
    const stamps = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), stamp);
    const side = fc.record({
      answers: stamps,
      school: stamp,
      tracked: fc.record({ note: stamps, owner: stamps, due: stamps, status: stamps }),
    });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const merged = mergeStamped(a, b);
        expect(sameStamped(merged, mergeStamped(b, a))).toBe(true);
        expect(sameStamped(mergeStamped(merged, b), merged)).toBe(true);
      }),
    );
  });
});

describe('stampAnswers', () => {
  it('stamps new and changed answers, records removed ones as cleared, and leaves the rest', () => {
    const current = tab({
      keep: { value: 'yes', at: 1 },
      change: { value: 'no', at: 1 },
      drop: { value: 'no', at: 1 },
    });
    expect(stampAnswers(current, { keep: 'yes', change: 'yes', added: 'partly' }, 50).answers).toEqual({
      keep: { value: 'yes', at: 1 },
      change: { value: 'yes', at: 50 },
      drop: { value: null, at: 50 },
      added: { value: 'partly', at: 50 },
    });
  });

  it('never stamps a change at or before the answer it replaces, so the change wins', () => {
    const current = tab({ leavers: { value: 'no', at: 100 } });
    expect(stampAnswers(current, { leavers: 'yes' }, 100).answers).toEqual({ leavers: { value: 'yes', at: 101 } });
  });
});

describe('stampSchool', () => {
  it('stamps a new name, clears with an empty one, and leaves an unchanged one alone', () => {
    const named = stampSchool(NOTHING_STAMPED, 'Oak', 10);
    expect(named.school).toEqual({ value: 'Oak', at: 10 });
    expect(stampSchool(named, 'Oak', 20)).toBe(named);
    expect(stampSchool(named, '', 30).school).toEqual({ value: null, at: 30 });
  });
});

describe('notes and action tracking', () => {
  it('keeps two tabs’ notes on different questions, and the newer note on one', () => {
    const a = stampTracked(NOTHING_STAMPED, 'note', 'leavers', 'HR folder', 10);
    const b = stampTracked(
      stampTracked(NOTHING_STAMPED, 'note', 'backups', 'Backup log', 11),
      'note',
      'leavers',
      'HR drive',
      12,
    );
    expect(trackingOf(mergeStamped(a, b)).notes).toEqual({ leavers: 'HR drive', backups: 'Backup log' });
    expect(trackingOf(mergeStamped(b, a)).notes).toEqual({ leavers: 'HR drive', backups: 'Backup log' });
  });

  it('keeps one tab’s owner and another’s status for the same action', () => {
    const owner = stampTracked(NOTHING_STAMPED, 'owner', 'leavers', 'Ms Patel', 10);
    const status = stampTracked(NOTHING_STAMPED, 'status', 'leavers', 'done', 11);
    expect(trackingOf(mergeStamped(owner, status)).actions).toEqual({ leavers: { owner: 'Ms Patel', status: 'done' } });
  });

  it('lets a newer clearing of a note win over the older note', () => {
    const noted = stampTracked(NOTHING_STAMPED, 'note', 'leavers', 'HR folder', 10);
    const cleared = stampTracked(noted, 'note', 'leavers', '', 11);
    expect(trackingOf(mergeStamped(noted, cleared)).notes).toEqual({});
    expect(sameStamped(mergeStamped(noted, cleared), noted)).toBe(false);
  });

  it('takes an owner or a date without a status as Not started, and drops a date that is not a real day', () => {
    const dated = stampTracked(stampTracked(NOTHING_STAMPED, 'due', 'a', '2027-01-31', 1), 'due', 'b', '2027-02-30', 1);
    expect(trackingOf(dated).actions).toEqual({ a: { due: '2027-01-31', status: 'not-started' } });
  });

  it('replaces all tracking with an imported file’s, clearing what the file lacks', () => {
    const mine = stampTracked(stampTracked(NOTHING_STAMPED, 'note', 'a', 'mine', 1), 'owner', 'a', 'Me', 1);
    const imported = stampTracking(mine, { notes: { b: 'theirs' }, actions: { b: { status: 'in-progress' } } }, 5);
    expect(trackingOf(imported)).toEqual({ notes: { b: 'theirs' }, actions: { b: { status: 'in-progress' } } });
    // The cleared note is a stamp at 5, so it wins over this tab's older note when merged back.
    expect(trackingOf(mergeStamped(mine, imported)).notes).toEqual({ b: 'theirs' });
  });
});
