import { describe, expect, it } from 'vitest';
import { formLayout, sectionStatus, SECTION_STATUS_LABELS } from '../../src/lib/assessment/form-layout';
import type { Answers } from '../../src/schemas/assessment';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

// The fixture: "accounts" holds two-step, leavers, admin-accounts; "data" holds backups,
// cloud-settings, cloud-sharing (shown unless cloud-settings is unanswered or N/A) and incident-plan.
const def = loadDefinition('checklist', FIXTURES);
const statuses = (answers: Answers) =>
  Object.fromEntries([...formLayout(def, answers).sections].map(([id, progress]) => [id, sectionStatus(progress)]));

describe('sectionStatus', () => {
  it('is Not started with nothing answered, In progress part-way, Completed when all are answered', () => {
    expect(sectionStatus({ answered: 0, total: 6 })).toBe('not-started');
    expect(sectionStatus({ answered: 1, total: 6 })).toBe('in-progress');
    expect(sectionStatus({ answered: 5, total: 6 })).toBe('in-progress');
    expect(sectionStatus({ answered: 6, total: 6 })).toBe('completed');
  });

  it('names the statuses as the GOV.UK task list does', () => {
    expect(Object.values(SECTION_STATUS_LABELS)).toEqual(['Not started', 'In progress', 'Completed']);
  });
});

describe('the task list over a checklist', () => {
  it('starts with every section Not started', () => {
    expect(statuses({})).toEqual({ accounts: 'not-started', data: 'not-started' });
  });

  it('follows the answers section by section', () => {
    // 1 of 3 in accounts; data untouched.
    expect(statuses({ 'two-step': 'yes' })).toEqual({ accounts: 'in-progress', data: 'not-started' });
    // 3 of 3 in accounts (a No is an answer too).
    expect(statuses({ 'two-step': 'yes', leavers: 'no', 'admin-accounts': 'partly' })).toEqual({
      accounts: 'completed',
      data: 'not-started',
    });
  });

  it('counts Not applicable as an answer, and goes back to In progress when a follow-up appears', () => {
    // cloud-settings N/A hides cloud-sharing: backups, cloud-settings, incident-plan are 3 of 3.
    const done = { backups: 'yes', 'cloud-settings': 'na', 'incident-plan': 'yes' };
    expect(statuses(done).data).toBe('completed');
    // cloud-settings Yes shows cloud-sharing, unanswered: 3 of 4.
    expect(statuses({ ...done, 'cloud-settings': 'yes' }).data).toBe('in-progress');
  });
});
