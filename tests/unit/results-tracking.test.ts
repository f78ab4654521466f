import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../src/lib/results/overdue';
import {
  describeTracking,
  noteCountText,
  statusesOf,
  trackingFrom,
  trackingOfStatuses,
} from '../../src/lib/results/tracking';

const TODAY = '2026-11-30';

describe('noteCountText', () => {
  it('gives the limit before anything is typed, then what is left', () => {
    expect(noteCountText(0)).toBe('You can enter up to 1,000 characters');
    expect(noteCountText(12)).toBe('You have 988 characters remaining');
    expect(noteCountText(999)).toBe('You have 1 character remaining');
    expect(noteCountText(1000)).toBe('You have 0 characters remaining');
  });
});

describe('describeTracking', () => {
  it('says Not started for an action nobody has tracked', () => {
    expect(describeTracking(undefined, TODAY)).toBe('Not started.');
  });

  it('gives the status, owner and due date as people read them, and marks an overdue one', () => {
    expect(describeTracking({ status: 'in-progress', owner: 'Ms Patel', due: '2026-11-29' }, TODAY)).toBe(
      'In progress. Owner: Ms Patel. Due 29 November 2026 (overdue).',
    );
    expect(describeTracking({ status: 'done', due: '2026-11-29' }, TODAY)).toBe('Done. Due 29 November 2026.');
  });
});

describe('isOverdue', () => {
  it.each([
    ['due yesterday and open', { status: 'not-started', due: '2026-11-29' }, true],
    ['due today', { status: 'not-started', due: '2026-11-30' }, false],
    ['due yesterday but done', { status: 'done', due: '2026-11-29' }, false],
    ['with no due date', { status: 'in-progress' }, false],
  ] as const)('%s', (_, tracked, overdue) => {
    expect(isOverdue(tracked, TODAY)).toBe(overdue);
  });
});

describe('trackingFrom', () => {
  it('trims and cuts an owner to 100 characters, keeps a note as typed, and drops blank notes', () => {
    const tracking = trackingFrom({
      note: { a: '  in the HR folder ', b: '   ' },
      owner: { a: `  ${'x'.repeat(120)}` },
      due: {},
      status: {},
    });
    expect(tracking).toEqual({
      notes: { a: '  in the HR folder ' },
      actions: { a: { owner: 'x'.repeat(100), status: 'not-started' } },
    });
  });

  it('leaves out an unknown status and a blank owner, so an untouched action is not tracked', () => {
    expect(trackingFrom({ note: {}, owner: { a: ' ' }, due: {}, status: { a: 'finished' } }).actions).toEqual({});
  });
});

describe('statuses in a share link', () => {
  it('takes only each action’s status, and gives it back as tracking without owners or dates', () => {
    const statuses = statusesOf({
      notes: { a: 'note' },
      actions: { a: { status: 'done', owner: 'Ms Patel', due: '2027-01-31' } },
    });
    expect(statuses).toEqual({ a: 'done' });
    expect(trackingOfStatuses(statuses)).toEqual({ notes: {}, actions: { a: { status: 'done' } } });
  });
});
