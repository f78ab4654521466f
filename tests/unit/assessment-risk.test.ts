import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scoreRisk, type RiskResult } from '../../src/lib/assessment';
import { assessmentSchema, type RiskDefinition } from '../../src/schemas/assessment';

function loadRisk(edit: (yaml: string) => string = (yaml) => yaml): RiskDefinition {
  const yaml = readFileSync(new URL('../fixtures/assessments/risk.yaml', import.meta.url), 'utf8');
  const def = assessmentSchema.parse(parse(edit(yaml)));
  if (def.kind !== 'risk') throw new Error('expected a risk assessment');
  return def;
}

// Severities: data-exposed severe (3), account-takeover significant (2), records-lost minimal (1).
const def = loadRisk();

function riskOf(answers: Record<string, string>, id: string): RiskResult {
  const found = scoreRisk(def, answers).risks.find((risk) => risk.id === id);
  if (!found) throw new Error(`no risk ${id}`);
  return found;
}

const summary = ({ id, likelihood, score, level }: RiskResult) => ({ id, likelihood, score, level });

describe('risk level', () => {
  it.each([
    [{ 'records-kept': 'always' }, 'records-lost', 1, 'low'],
    [{ 'records-kept': 'sometimes' }, 'records-lost', 2, 'low'],
    [{ 'records-kept': 'never' }, 'records-lost', 3, 'medium'],
    [{ 'two-step': 'some' }, 'account-takeover', 4, 'medium'],
    [{ 'two-step': 'none' }, 'account-takeover', 6, 'high'],
    [{ 'pupil-data': 'never' }, 'data-exposed', 3, 'medium'],
    [{ 'pupil-data': 'often' }, 'data-exposed', 9, 'high'],
  ])('is likelihood x severity: %j gives %s a score of %i, %s', (answers, id, score, level) => {
    expect(riskOf(answers, id)).toMatchObject({ score, level });
  });

  it('labels severity and likelihood in words', () => {
    expect(riskOf({ 'pupil-data': 'sometimes' }, 'data-exposed')).toMatchObject({
      severity: 3,
      severityLabel: 'Severe',
      likelihood: 2,
      likelihoodLabel: 'Possible',
    });
  });

  it('takes the highest likelihood any answer sets, and says which answers set it', () => {
    const risk = riskOf({ 'uses-messaging': 'yes', 'two-step': 'some' }, 'account-takeover');
    expect(risk.likelihood).toBe(2);
    expect(risk.because).toEqual([
      {
        questionId: 'two-step',
        question: 'Have all staff turned on two-step verification in the app?',
        answerLabel: 'Some of them',
      },
    ]);
  });

  it('keeps the highest likelihood whichever order the answers come in', () => {
    // two-step "none" sets records-lost to possible; records-kept "always" sets it to remote.
    const risk = riskOf({ 'two-step': 'none', 'records-kept': 'always' }, 'records-lost');
    expect(summary(risk)).toEqual({ id: 'records-lost', likelihood: 2, score: 2, level: 'low' });
    expect(risk.because.map((reason) => reason.questionId)).toEqual(['two-step']);
  });

  it('names every answer that sets the same highest likelihood', () => {
    const risk = riskOf({ 'two-step': 'none', 'records-kept': 'sometimes' }, 'records-lost');
    expect(risk.because.map((reason) => reason.questionId)).toEqual(['two-step', 'records-kept']);
  });

  it('ignores answers to hidden questions', () => {
    // group-members is shown only when pupil data is shared.
    expect(riskOf({ 'pupil-data': 'never', 'group-members': 'nobody' }, 'data-exposed').level).toBe('medium');
    expect(riskOf({ 'pupil-data': 'sometimes', 'group-members': 'nobody' }, 'data-exposed').level).toBe('high');
  });

  it('marks only risks above low as needing action', () => {
    const answers = { 'pupil-data': 'never', 'two-step': 'all', 'records-kept': 'never' };
    const result = scoreRisk(def, answers);
    expect(result.risks.map(({ id, level, needsAction }) => ({ id, level, needsAction }))).toEqual([
      { id: 'data-exposed', level: 'medium', needsAction: true },
      { id: 'records-lost', level: 'medium', needsAction: true },
      { id: 'account-takeover', level: 'low', needsAction: false },
    ]);
    expect(result.risks[0]).toMatchObject({
      action: 'Keep pupil personal data out of messaging groups.',
      guidance: 'using-whatsapp-in-schools#sharing-personal-data',
    });
  });
});

describe('risks not yet assessed', () => {
  it('are null, never low, while no answer bears on them', () => {
    const result = scoreRisk(def, { 'uses-messaging': 'yes' });
    expect(result.risks.map(summary)).toEqual([
      { id: 'account-takeover', likelihood: 1, score: 2, level: 'low' },
      { id: 'data-exposed', likelihood: null, score: null, level: null },
      { id: 'records-lost', likelihood: null, score: null, level: null },
    ]);
    expect(result.risks.every((risk) => !risk.notApplicable)).toBe(true);
    expect(result.overall).toEqual({ level: 'low' });
  });

  it('leave the overall level null when none is assessed', () => {
    const result = scoreRisk(def, {});
    expect(result.overall).toEqual({ level: null });
    expect(result.risks.every((risk) => risk.level === null && !risk.needsAction)).toBe(true);
    expect(result.counts).toEqual({ answered: 0, unanswered: 4, total: 4 });
  });

  it('does not mistake an Object property for a likelihood when a risk id matches one', () => {
    const renamed = loadRisk((yaml) => yaml.replaceAll('account-takeover', 'constructor'));
    const risks = scoreRisk(renamed, { 'pupil-data': 'never' }).risks;
    expect(risks.find((risk) => risk.id === 'constructor')).toMatchObject({ likelihood: null, level: null });
  });
});

describe('overall risk', () => {
  it('is the highest level among the assessed risks', () => {
    expect(scoreRisk(def, { 'records-kept': 'never', 'two-step': 'some' }).overall.level).toBe('medium');
    expect(scoreRisk(def, { 'records-kept': 'never', 'two-step': 'none' }).overall.level).toBe('high');
  });

  it('lists risks by level, then score, then file order, with unassessed ones last', () => {
    const order = (answers: Record<string, string>) => scoreRisk(def, answers).risks.map((risk) => risk.id);
    // account-takeover 4, data-exposed 3, records-lost 3: all medium.
    expect(order({ 'pupil-data': 'never', 'two-step': 'some', 'records-kept': 'never' })).toEqual([
      'account-takeover',
      'data-exposed',
      'records-lost',
    ]);
    // data-exposed 6 and account-takeover 6 tie: file order.
    expect(order({ 'pupil-data': 'sometimes', 'two-step': 'none' })).toEqual([
      'data-exposed',
      'account-takeover',
      'records-lost',
    ]);
    expect(order({ 'records-kept': 'never' })).toEqual(['records-lost', 'data-exposed', 'account-takeover']);
  });

  it('is low, with the reason, when an answer ends the assessment; every risk is then not applicable', () => {
    const result = scoreRisk(def, { 'uses-messaging': 'no', 'pupil-data': 'often', 'two-step': 'none' });
    expect(result.overall).toEqual({
      level: 'low',
      endedBy: {
        questionId: 'uses-messaging',
        reason: 'Staff use no consumer messaging app for school business, so these risks do not arise.',
      },
    });
    expect(
      result.risks.map(({ id, level, notApplicable, needsAction, because }) => ({
        id,
        level,
        notApplicable,
        needsAction,
        because,
      })),
    ).toEqual(
      ['data-exposed', 'account-takeover', 'records-lost'].map((id) => ({
        id,
        level: null,
        notApplicable: true,
        needsAction: false,
        because: [],
      })),
    );
    expect(result.counts).toEqual({ answered: 1, unanswered: 0, total: 1 });
  });
});
