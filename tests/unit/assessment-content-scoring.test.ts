import { describe, expect, it } from 'vitest';
import { questionsOf, scoreChecklist } from '../../src/lib/assessment';
import type { ChecklistDefinition } from '../../src/schemas/assessment';
import { answerEvery } from '../helpers/answers';
import { loadDefinition } from '../helpers/definitions';

// What the real checklists in content/ decide about Not applicable and the order of their action
// plans: the choices an editor made, pinned so that a change to them is a deliberate one.
const cyber = loadDefinition('cyber-security-checklist') as ChecklistDefinition;
const dataProtection = loadDefinition('data-protection-checklist') as ChecklistDefinition;

const offeringNotApplicable = (def: ChecklistDefinition) =>
  questionsOf(def)
    .filter((question) => question.notApplicableWhen !== undefined)
    .map((question) => question.id);

describe('Not applicable in the real checklists', () => {
  it('is offered only where a school can genuinely be without the thing asked about', () => {
    expect(offeringNotApplicable(cyber)).toEqual(['device-firewalls', 'cover-conditions', 'personal-device-standard']);
    expect(offeringNotApplicable(dataProtection)).toEqual([
      'foi-requests',
      'photos-and-video',
      'cctv',
      'biometrics',
      'school-data-separate',
    ]);
  });

  it('is never offered on a critical question', () => {
    const critical = [cyber, dataProtection].flatMap((def) => questionsOf(def).filter((question) => question.critical));
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.filter((question) => question.notApplicableWhen !== undefined)).toEqual([]);
  });
});

describe('the order of the real action plans', () => {
  const plan = (def: ChecklistDefinition, answers: Record<string, string>) =>
    scoreChecklist(def, { ...answerEvery(def, 'yes'), ...answers }).actions.map(
      ({ questionId, priority }) => `${questionId} ${priority}`,
    );

  it('builds the asset register before using it to find unlicensed software', () => {
    // asset-register No (weight 1) is low on its own; supported-software No (weight 2) is medium
    // and names asset-register in after, so the register rises to medium and comes first.
    // screen-lock No (weight 1) stays low.
    expect(plan(cyber, { 'supported-software': 'no', 'asset-register': 'no', 'screen-lock': 'no' })).toEqual([
      'asset-register medium',
      'supported-software medium',
      'screen-lock low',
    ]);
  });

  it('writes the record of processing before the privacy notices checked against it', () => {
    // data-map Partly (weight 2) is low on its own; privacy-notices No (weight 2) is medium and
    // comes after data-map, which rises to medium. secure-deletion No (weight 1) stays low.
    expect(plan(dataProtection, { 'privacy-notices': 'no', 'data-map': 'partly', 'secure-deletion': 'no' })).toEqual([
      'data-map medium',
      'privacy-notices medium',
      'secure-deletion low',
    ]);
  });
});
