import { describe, expect, it } from 'vitest';
import { readDateParts } from '../../src/lib/dates/date-parts';
import { evaluateDeadlineForm, type DeadlineFormValues } from '../../src/lib/sar/deadline-form';

const LABEL = 'Date the request was received';

describe('a date typed as day, month and year boxes', () => {
  it.each([
    [{ day: '31', month: '1', year: '2025' }, '2025-01-31'],
    [{ day: ' 05 ', month: '03', year: '2026' }, '2026-03-05'],
    [{ day: '29', month: '2', year: '2028' }, '2028-02-29'],
  ])('%o reads as %s', (parts, iso) => {
    expect(readDateParts(parts, LABEL)).toEqual({ kind: 'date', iso });
  });

  it('nothing typed is empty, not a problem', () => {
    expect(readDateParts({ day: '', month: ' ', year: '' }, LABEL)).toEqual({ kind: 'empty' });
  });

  it('names the boxes still empty, in the order they appear', () => {
    expect(readDateParts({ day: '3', month: '', year: '' }, LABEL)).toEqual({
      kind: 'incomplete',
      message: 'Date the request was received must include a month and year.',
      parts: ['month', 'year'],
    });
  });

  it('a year of fewer than four numbers is still being typed', () => {
    expect(readDateParts({ day: '3', month: '4', year: '202' }, LABEL)).toEqual({
      kind: 'incomplete',
      message: 'Year must include 4 numbers.',
      parts: ['year'],
    });
  });

  it.each([
    [{ day: '30', month: '2', year: '2026' }, ['day']],
    [{ day: '29', month: '2', year: '2027' }, ['day']],
    [{ day: '0', month: '5', year: '2026' }, ['day']],
    [{ day: '1', month: '13', year: '2026' }, ['month']],
    [{ day: '1', month: '5', year: '20266' }, ['year']],
  ])('%o is not a real date', (parts, marked) => {
    expect(readDateParts(parts, LABEL)).toEqual({
      kind: 'invalid',
      message: 'Date the request was received must be a real date.',
      parts: marked,
    });
  });

  it('letters are refused, naming the boxes that hold them', () => {
    expect(readDateParts({ day: 'first', month: 'May', year: '2026' }, LABEL)).toEqual({
      kind: 'invalid',
      message: 'Date the request was received must be a real date, in numbers.',
      parts: ['day', 'month'],
    });
  });
});

describe('the calculator form as a whole', () => {
  const none = { day: '', month: '', year: '' };
  const form = (overrides: Partial<DeadlineFormValues>): DeadlineFormValues => ({
    received: none,
    division: 'england-and-wales',
    extended: false,
    paused: false,
    pauseFrom: none,
    pauseTo: none,
    reason: 'clarification',
    ...overrides,
  });

  it('with no date received, asks for it and points at the day box', () => {
    expect(evaluateDeadlineForm(form({}))).toEqual({
      kind: 'missing',
      field: 'received',
      parts: ['day', 'month', 'year'],
      message: 'Enter the date the request was received.',
    });
  });

  it('31 1 2025 in England and Wales is due on 28 February 2025 (the ICO example)', () => {
    const outcome = evaluateDeadlineForm(form({ received: { day: '31', month: '1', year: '2025' } }));
    expect(outcome.kind).toBe('result');
    if (outcome.kind !== 'result') return;
    expect(outcome.received).toBe('2025-01-31');
    expect(outcome.result.due).toBe('2025-02-28');
  });

  it('a pause with its end half typed names the missing box', () => {
    const outcome = evaluateDeadlineForm(
      form({
        received: { day: '31', month: '1', year: '2025' },
        paused: true,
        pauseFrom: { day: '3', month: '2', year: '2025' },
        pauseTo: { day: '10', month: '', year: '2025' },
      }),
    );
    expect(outcome).toEqual({
      kind: 'missing',
      field: 'pauseTo',
      parts: ['month'],
      message: 'Date it arrived must include a month.',
    });
  });

  it('a clarification pause from 3 to 10 February moves 28 February to 10 March 2025', () => {
    // Paused 3 to 10 February, both days included: 8 days; 28 February + 8 days = 8 March, a
    // Saturday, so the deadline is the next working day, Monday 10 March.
    const outcome = evaluateDeadlineForm(
      form({
        received: { day: '31', month: '1', year: '2025' },
        paused: true,
        pauseFrom: { day: '3', month: '2', year: '2025' },
        pauseTo: { day: '10', month: '2', year: '2025' },
      }),
    );
    expect(outcome.kind === 'result' && outcome.result.due).toBe('2025-03-10');
  });
});
