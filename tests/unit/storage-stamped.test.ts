import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersOf,
  mergeStamped,
  NOTHING_STAMPED,
  sameStamped,
  schoolOf,
  stampAnswers,
  stampSchool,
  type StampedAnswers,
} from '../../src/lib/storage/stamped';

const school = { value: null, at: 0 };
const tab = (answers: StampedAnswers['answers']): StampedAnswers => ({ answers, school });

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
    const a: StampedAnswers = { answers: {}, school: { value: 'Oak', at: 5 } };
    const b: StampedAnswers = { answers: {}, school: { value: 'Elm', at: 6 } };
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
    const side = fc.record({
      answers: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), stamp),
      school: stamp,
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
