import { describe, expect, it } from 'vitest';
import { questionsOf } from '../../src/lib/assessment';
import { assessmentSchema } from '../../src/schemas/assessment';
import { FIXTURES, readDefinition } from '../helpers/definitions';

// The fixtures as an editor writes them, before defaults; each test changes a fresh copy.
const raw = (name: 'checklist' | 'risk') => readDefinition(name, FIXTURES);

function issuesOf(input: unknown) {
  const result = assessmentSchema.safeParse(input);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map(({ path, message, code }) => ({ path, message, code }));
}

describe('assessmentSchema accepts', () => {
  it('the checklist fixture, filling in the default weight and critical flag', () => {
    const def = assessmentSchema.parse(raw('checklist'));
    expect(def.kind).toBe('checklist');
    const adminAccounts = def.sections[0]?.questions[2];
    expect(adminAccounts).toMatchObject({ id: 'admin-accounts', weight: 1, critical: false });
  });

  it('the risk fixture', () => {
    const def = assessmentSchema.parse(raw('risk'));
    expect(def.kind).toBe('risk');
    expect(questionsOf(def)).toHaveLength(5);
  });
});

describe('assessmentSchema rejects unknown and malformed fields', () => {
  it('rejects an unknown top-level field', () => {
    const input = { ...raw('checklist'), colour: 'red' };
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', path: [] }));
  });

  it('rejects an unknown field in a question, naming the question', () => {
    const input = raw('checklist');
    input.sections[1].questions[0].wieght = 2;
    expect(issuesOf(input)).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', path: ['sections', 1, 'questions', 0] }),
    );
  });

  it('rejects risk options on a checklist question', () => {
    const input = raw('checklist');
    input.sections[0].questions[0].options = [{ id: 'yes', label: 'Yes' }];
    expect(issuesOf(input)).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', path: ['sections', 0, 'questions', 0] }),
    );
  });

  it('rejects an unknown kind', () => {
    expect(issuesOf({ ...raw('checklist'), kind: 'quiz' })).toContainEqual(expect.objectContaining({ path: ['kind'] }));
  });

  it.each([
    'cyber-security-essentials',
    'cyber-security-essentials#',
    '/guidance/cyber-security-essentials/#backups',
    'Cyber#backups',
    'cyber#back ups',
  ])('rejects the guidance reference %j', (guidance) => {
    const input = raw('checklist');
    input.sections[1].questions[0].guidance = guidance;
    expect(issuesOf(input)).toContainEqual(
      expect.objectContaining({ path: ['sections', 1, 'questions', 0, 'guidance'] }),
    );
  });

  it('rejects a guidance reference on a risk', () => {
    const input = raw('risk');
    input.risks[1].guidance = 'messaging-account-takeover';
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path: ['risks', 1, 'guidance'] }));
  });

  it('rejects an id that is not kebab-case', () => {
    const input = raw('checklist');
    input.sections[0].questions[1].id = 'Leavers_Accounts';
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path: ['sections', 0, 'questions', 1, 'id'] }));
  });

  it.each([
    ['a link', 'Read [the guidance](https://example.org) first.'],
    ['bold', 'This is **important**.'],
    ['a heading', 'Intro\n\n## Before you start'],
    ['a list', 'You will need:\n- the IT contract\n- the asset register'],
  ])('rejects an intro with Markdown: %s', (_, intro) => {
    expect(issuesOf({ ...raw('checklist'), intro })).toContainEqual(expect.objectContaining({ path: ['intro'] }));
  });

  it('rejects a title over 90 characters', () => {
    expect(issuesOf({ ...raw('checklist'), title: 'x'.repeat(91) })).toContainEqual(
      expect.objectContaining({ path: ['title'] }),
    );
  });

  it('rejects a weight outside 1-3', () => {
    const input = raw('checklist');
    input.sections[0].questions[0].weight = 4;
    expect(issuesOf(input)).toContainEqual(
      expect.objectContaining({ path: ['sections', 0, 'questions', 0, 'weight'] }),
    );
  });

  it('rejects a checklist question without framework references', () => {
    const input = raw('checklist');
    input.sections[0].questions[0].refs = [];
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path: ['sections', 0, 'questions', 0, 'refs'] }));
  });

  it('rejects a severity outside the scale', () => {
    const input = raw('risk');
    input.risks[0].severity = 'catastrophic';
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path: ['risks', 0, 'severity'] }));
  });
});

describe('assessmentSchema rejects duplicate ids', () => {
  it('rejects a question id used in two sections, naming the second', () => {
    const input = raw('checklist');
    input.sections[1].questions[0].id = 'two-step';
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({
        path: ['sections', 1, 'questions', 0, 'id'],
        message: expect.stringContaining('"two-step"'),
      }),
    ]);
  });

  it('rejects a duplicate section id', () => {
    const input = raw('checklist');
    input.sections[1].id = 'accounts';
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: ['sections', 1, 'id'] })]);
  });

  it('rejects a duplicate option id within a risk question', () => {
    const input = raw('risk');
    input.sections[0].questions[1].options[2].id = 'never';
    expect(issuesOf(input)).toContainEqual(
      expect.objectContaining({ path: ['sections', 0, 'questions', 1, 'options', 2, 'id'] }),
    );
  });

  it('rejects a duplicate risk id', () => {
    const input = raw('risk');
    input.risks[2].id = 'data-exposed';
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path: ['risks', 2, 'id'] }));
  });

  it('rejects two bands with the same minimum', () => {
    const input = raw('checklist');
    input.bands[2].min = 80;
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: ['bands', 2, 'min'] })]);
  });
});

describe('assessmentSchema checks references within the file', () => {
  it('rejects showIf naming a later question', () => {
    const input = raw('checklist');
    input.sections[0].questions[0].showIf = { question: 'backups', anyOf: ['yes'] };
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({
        path: ['sections', 0, 'questions', 0, 'showIf', 'question'],
        message: expect.stringContaining('earlier'),
      }),
    ]);
  });

  it('rejects showIf naming the question itself', () => {
    const input = raw('checklist');
    input.sections[0].questions[1].showIf = { question: 'leavers', anyOf: ['yes'] };
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ path: ['sections', 0, 'questions', 1, 'showIf', 'question'] }),
    ]);
  });

  it('rejects showIf naming no question', () => {
    const input = raw('risk');
    input.sections[0].questions[2].showIf.question = 'pupil-info';
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ path: ['sections', 0, 'questions', 2, 'showIf', 'question'] }),
    ]);
  });

  it('rejects showIf options the checklist question does not offer', () => {
    const input = raw('checklist');
    input.sections[1].questions[2].showIf.anyOf = ['yes', 'maybe'];
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ path: ['sections', 1, 'questions', 2, 'showIf', 'anyOf', 1] }),
    ]);
  });

  it('rejects showIf options the risk question does not offer', () => {
    const input = raw('risk');
    input.sections[0].questions[2].showIf.anyOf = ['rarely'];
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ path: ['sections', 0, 'questions', 2, 'showIf', 'anyOf', 0] }),
    ]);
  });

  it('rejects sets naming an unknown risk, naming the key', () => {
    const input = raw('risk');
    input.sections[0].questions[1].options[0].sets = { 'data-exposd': 'remote' };
    const issues = issuesOf(input);
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: ['sections', 0, 'questions', 1, 'options', 0, 'sets', 'data-exposd'],
        message: expect.stringContaining('not a risk'),
      }),
    );
  });

  it('rejects a risk that no option sets', () => {
    const input = raw('risk');
    input.risks.push({ ...input.risks[0], id: 'phishing' });
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ path: ['risks', 3], message: expect.stringContaining('"phishing"') }),
    ]);
  });

  it('rejects an option that both ends the assessment and sets risks', () => {
    const input = raw('risk');
    input.sections[0].questions[0].options[0].sets = { 'records-lost': 'remote' };
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ path: ['sections', 0, 'questions', 0, 'options', 0, 'sets'] }),
    ]);
  });

  it('rejects showIf naming Not applicable on a question that does not offer it', () => {
    const input = raw('checklist');
    input.sections[1].questions[2].showIf = { question: 'backups', anyOf: ['na'] };
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ path: ['sections', 1, 'questions', 2, 'showIf', 'anyOf', 0] }),
    ]);
  });

  it('rejects Not applicable on a critical question, saying why', () => {
    const input = raw('checklist');
    input.sections[0].questions[0].notApplicableWhen = 'The school has no accounts.';
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({
        path: ['sections', 0, 'questions', 0, 'notApplicableWhen'],
        message: expect.stringContaining('a critical question cannot be Not applicable'),
      }),
    ]);
  });

  it('rejects after naming no question', () => {
    const input = raw('checklist');
    input.sections[1].questions[0].after = ['leavers', 'asset-register'];
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({
        path: ['sections', 1, 'questions', 0, 'after', 1],
        message: 'names "asset-register", which is not a question in this assessment',
      }),
    ]);
  });

  it('rejects after naming the question itself', () => {
    const input = raw('checklist');
    input.sections[0].questions[1].after = ['leavers'];
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: ['sections', 0, 'questions', 1, 'after', 0] })]);
  });

  it('rejects after links that go round in a circle, naming each step', () => {
    const input = raw('checklist');
    // leavers after backups, backups after admin-accounts, admin-accounts after leavers.
    input.sections[0].questions[1].after = ['backups'];
    input.sections[1].questions[0].after = ['admin-accounts'];
    input.sections[0].questions[2].after = ['leavers'];
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({
        path: ['sections', 0, 'questions', 1, 'after'],
        message:
          '"leavers" → "backups" → "admin-accounts" → "leavers" go round in a circle, so none of them can come first',
      }),
    ]);
  });

  it('accepts after links that form no circle, even when two questions name the same one', () => {
    const input = raw('checklist');
    input.sections[1].questions[0].after = ['leavers'];
    input.sections[0].questions[2].after = ['leavers', 'backups'];
    expect(assessmentSchema.safeParse(input).success).toBe(true);
  });

  it('rejects bands without one starting at 0', () => {
    const input = raw('checklist');
    input.bands = input.bands.filter((band: { min: number }) => band.min > 0);
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: ['bands'] })]);
  });
});
