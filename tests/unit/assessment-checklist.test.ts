import { describe, expect, it } from 'vitest';
import { notApplicableText, scoreChecklist } from '../../src/lib/assessment';
import { assessmentSchema, type Answers, type ChecklistDefinition } from '../../src/schemas/assessment';
import { answerEvery } from '../helpers/answers';
import { FIXTURES, readDefinition } from '../helpers/definitions';

const raw = readDefinition('checklist', FIXTURES);

function checklistOf(input: unknown): ChecklistDefinition {
  const def = assessmentSchema.parse(input);
  if (def.kind !== 'checklist') throw new Error('expected a checklist');
  return def;
}

// Weights: two-step 3 (critical), leavers 2, admin-accounts 1 (may be N/A) | backups 3,
// cloud-settings 1 (may be N/A), cloud-sharing 1 (may be N/A; shown unless cloud-settings is
// unanswered or N/A), incident-plan 1 (critical).
const def = checklistOf(raw);
const allYes = answerEvery(def, 'yes');

/** One section of weight-1 questions answered as given, with the fixture's bands. */
function flatChecklist(answers: string[]) {
  const ids = answers.map((_, i) => `q${i}`);
  const questions = ids.map((id) => ({
    id,
    text: id,
    guidance: 'a#b',
    action: 'Act.',
    refs: [{ framework: 'F', item: 'I' }],
  }));
  const flat = checklistOf({ ...raw, sections: [{ id: 'only', title: 'Only', questions }] });
  return scoreChecklist(flat, Object.fromEntries(ids.map((id, i) => [id, answers[i] ?? ''])));
}

const repeat = (answer: string, count: number) => Array.from({ length: count }, () => answer);

describe('checklist score', () => {
  it('weights each answer by its question’s weight', () => {
    // 3 of 4: two-step Yes (3), admin-accounts No (1).
    expect(scoreChecklist(def, { 'two-step': 'yes', 'admin-accounts': 'no' }).overall.score).toBe(75);
  });

  it('counts Partly as half', () => {
    expect(scoreChecklist(def, { leavers: 'partly' }).overall.score).toBe(50);
    // (1 + 1) / 3 = 66.7
    expect(scoreChecklist(def, { leavers: 'partly', 'admin-accounts': 'yes' }).overall.score).toBe(67);
  });

  it('leaves Not applicable out of the score and counts it apart', () => {
    // cloud-settings N/A hides cloud-sharing: 6 shown; leavers, backups, incident-plan unanswered.
    const result = scoreChecklist(def, { 'two-step': 'yes', 'admin-accounts': 'na', 'cloud-settings': 'na' });
    expect(result.overall.score).toBe(100);
    expect(result.counts).toEqual({ answered: 1, notApplicable: 2, unanswered: 3, total: 6 });
  });

  it('counts a Not applicable to a question that does not offer it as unanswered, never as N/A', () => {
    // two-step is critical and leavers has no notApplicableWhen. cloud-sharing is hidden while
    // cloud-settings is unanswered: 6 shown, backups answered, the other 5 unanswered.
    const result = scoreChecklist(def, { 'two-step': 'na', leavers: 'na', backups: 'yes' });
    expect(result.overall.score).toBe(100);
    expect(result.counts).toEqual({ answered: 1, notApplicable: 0, unanswered: 5, total: 6 });
  });

  it('has no score, not zero, when nothing applicable is answered', () => {
    const nothingApplicable: Answers[] = [{}, { 'admin-accounts': 'na', 'cloud-settings': 'na' }];
    for (const answers of nothingApplicable) {
      const result = scoreChecklist(def, answers);
      expect(result.overall.score).toBeNull();
      expect(result.sections.map((section) => section.score)).toEqual([null, null]);
      expect(result.band).toBeNull();
    }
  });

  it('scores zero when everything applicable is No', () => {
    expect(scoreChecklist(def, { 'two-step': 'no', leavers: 'no' }).overall.score).toBe(0);
  });

  it('scores overall over all questions, not as an average of the sections', () => {
    const result = scoreChecklist(def, { 'two-step': 'yes', leavers: 'no', 'admin-accounts': 'no', backups: 'yes' });
    expect(result.sections.map(({ id, score }) => ({ id, score }))).toEqual([
      { id: 'accounts', score: 50 },
      { id: 'data', score: 100 },
    ]);
    // (3 + 3) / 9, where the average of the sections would be 75.
    expect(result.overall.score).toBe(67);
  });

  it('gives each section its counts and title', () => {
    const result = scoreChecklist(def, { 'two-step': 'yes', 'cloud-settings': 'no' });
    expect(result.sections[1]).toEqual({
      id: 'data',
      title: 'Data and devices',
      score: 0,
      answered: 1,
      notApplicable: 0,
      unanswered: 3,
      total: 4,
    });
  });

  it('ignores answers to hidden questions', () => {
    const result = scoreChecklist(def, { backups: 'yes', 'cloud-settings': 'na', 'cloud-sharing': 'no' });
    expect(result.overall.score).toBe(100);
    expect(result.actions).toEqual([]);
    expect(result.counts.total).toBe(6);
  });

  it('ignores unknown questions, unknown options and anything that looks like a stored score', () => {
    const answers = { 'two-step': 'yes', leavers: 'maybe', score: '0', band: 'urgent-action' };
    expect(scoreChecklist(def, answers)).toEqual(scoreChecklist(def, { 'two-step': 'yes' }));
  });
});

describe('checklist band', () => {
  it.each([
    [repeat('yes', 100), 100, 'good'],
    [[...repeat('yes', 80), ...repeat('no', 20)], 80, 'good'],
    // 79.5 rounds up to 80.
    [[...repeat('yes', 79), 'partly', ...repeat('no', 20)], 80, 'good'],
    [[...repeat('yes', 79), ...repeat('no', 21)], 79, 'needs-improvement'],
    [[...repeat('yes', 50), ...repeat('no', 50)], 50, 'needs-improvement'],
    [[...repeat('yes', 49), 'partly', ...repeat('no', 50)], 50, 'needs-improvement'],
    [[...repeat('yes', 49), ...repeat('no', 51)], 49, 'urgent-action'],
    [repeat('no', 100), 0, 'urgent-action'],
  ])('takes the highest band the score reaches (%#)', (answers, score, band) => {
    const result = flatChecklist(answers);
    expect(result.overall.score).toBe(score);
    expect(result.band?.id).toBe(band);
  });

  it('holds the rating below the top band when a critical question is No, and names it', () => {
    // 11 of 12 = 92, which would be Good.
    const result = scoreChecklist(def, { ...allYes, 'incident-plan': 'no' });
    expect(result.overall.score).toBe(92);
    expect(result.band?.id).toBe('needs-improvement');
    expect(result.held).toBe(true);
    expect(result.heldBy).toEqual([
      {
        questionId: 'incident-plan',
        text: 'Does the school have a written plan for a cyber incident, with the contacts to call?',
        answerLabel: 'No',
      },
    ]);
  });

  it('names every critical No, even when the score is below the top band anyway', () => {
    const result = scoreChecklist(def, { ...allYes, 'two-step': 'no', 'incident-plan': 'no' });
    expect(result.band?.id).toBe('needs-improvement');
    expect(result.held).toBe(false);
    expect(result.heldBy.map((question) => question.questionId)).toEqual(['two-step', 'incident-plan']);
  });

  it('holds the rating for a critical Partly too, and names it', () => {
    // two-step (weight 3) Partly: 12 - 1.5 = 10.5 of 12 = 87.5, rounds to 88, which would be Good.
    const result = scoreChecklist(def, { ...allYes, 'two-step': 'partly' });
    expect(result.overall.score).toBe(88);
    expect(result.band?.id).toBe('needs-improvement');
    expect(result.held).toBe(true);
    expect(result.heldBy).toEqual([
      {
        questionId: 'two-step',
        text: 'Is two-step verification turned on for every account that can reach personal data?',
        answerLabel: 'Partly',
      },
    ]);
  });

  it('does not hold the rating for a Partly on a question that is not critical', () => {
    // backups (weight 3) Partly: 10.5 of 12 = 88, Good.
    const result = scoreChecklist(def, { ...allYes, backups: 'partly' });
    expect(result.band?.id).toBe('good');
    expect(result.held).toBe(false);
    expect(result.heldBy).toEqual([]);
  });

  it('keeps the only band when there is none below it to hold to', () => {
    const single = checklistOf({ ...raw, bands: [{ id: 'done', label: 'Done', min: 0 }] });
    const result = scoreChecklist(single, { ...allYes, 'incident-plan': 'no' });
    expect(result.band?.id).toBe('done');
    expect(result.heldBy).toHaveLength(1);
  });
});

describe('checklist actions', () => {
  const priorities = (answers: Record<string, string>) =>
    scoreChecklist(def, answers).actions.map(
      ({ questionId, answer, priority }) => `${questionId} ${answer} ${priority}`,
    );

  it('gives one action per Partly or No answer, none for Yes or Not applicable', () => {
    const result = scoreChecklist(def, { 'two-step': 'yes', 'admin-accounts': 'na', leavers: 'no', backups: 'partly' });
    expect(result.actions.map((action) => action.questionId).sort()).toEqual(['backups', 'leavers']);
  });

  it('sets priority by criticality and weight, one step lower for Partly on a non-critical question', () => {
    expect(priorities({ 'two-step': 'partly', 'incident-plan': 'no' })).toEqual([
      'two-step partly high',
      'incident-plan no high',
    ]);
    expect(priorities({ backups: 'no' })).toEqual(['backups no high']);
    expect(priorities({ backups: 'partly' })).toEqual(['backups partly medium']);
    expect(priorities({ leavers: 'no' })).toEqual(['leavers no medium']);
    expect(priorities({ leavers: 'partly' })).toEqual(['leavers partly low']);
    expect(priorities({ 'admin-accounts': 'no' })).toEqual(['admin-accounts no low']);
    expect(priorities({ 'admin-accounts': 'partly' })).toEqual(['admin-accounts partly low']);
  });

  it('orders actions by priority, then by position in the file', () => {
    const answers = {
      'two-step': 'yes',
      leavers: 'partly',
      'admin-accounts': 'no',
      backups: 'partly',
      'cloud-settings': 'no',
      'incident-plan': 'no',
    };
    expect(priorities(answers)).toEqual([
      'incident-plan no high',
      'backups partly medium',
      'leavers partly low',
      'admin-accounts no low',
      'cloud-settings no low',
    ]);
  });

  describe('with after links', () => {
    /** One section whose questions have these weights and after links, every one answered No. */
    function plan(questions: { id: string; weight: number; after?: string[] }[], answers: Answers = {}) {
      const full = questions.map((question) => ({
        ...question,
        text: question.id,
        guidance: 'a#b',
        action: `Do ${question.id}.`,
        refs: [{ framework: 'F', item: 'I' }],
      }));
      const ordered = checklistOf({ ...raw, sections: [{ id: 'only', title: 'Only', questions: full }] });
      const noToAll = Object.fromEntries(questions.map(({ id }) => [id, 'no']));
      return scoreChecklist(ordered, { ...noToAll, ...answers }).actions.map(
        ({ questionId, priority }) => `${questionId} ${priority}`,
      );
    }

    it('lists an action after the one it names, which takes its higher priority', () => {
      // On their own: licences (weight 3) high, patching (2) medium, register (1) low. licences
      // needs register, so register rises to high and comes just before it.
      const questions = [
        { id: 'licences', weight: 3, after: ['register'] },
        { id: 'patching', weight: 2 },
        { id: 'register', weight: 1 },
      ];
      expect(plan(questions)).toEqual(['register high', 'licences high', 'patching medium']);
    });

    it('keeps the priority order when what is named already has the higher priority', () => {
      // register (3) high, patching (2) medium, licences (1) low after register: already later.
      const questions = [
        { id: 'licences', weight: 1, after: ['register'] },
        { id: 'patching', weight: 2 },
        { id: 'register', weight: 3 },
      ];
      expect(plan(questions)).toEqual(['register high', 'patching medium', 'licences low']);
    });

    it('follows a chain, lifting every step before a high-priority action', () => {
      // a (3) needs b, b (1) needs c, c (1): c then b then a, all high; d (2) stays medium.
      const questions = [
        { id: 'a', weight: 3, after: ['b'] },
        { id: 'b', weight: 1, after: ['c'] },
        { id: 'c', weight: 1 },
        { id: 'd', weight: 2 },
      ];
      expect(plan(questions)).toEqual(['c high', 'b high', 'a high', 'd medium']);
    });

    it('puts an action that needs two others after both, and keeps file order between those two', () => {
      // All weight 2 (medium): c needs b and a, so a, b, c; d stays last in file order.
      const questions = [
        { id: 'c', weight: 2, after: ['b', 'a'] },
        { id: 'a', weight: 2 },
        { id: 'b', weight: 2 },
        { id: 'd', weight: 2 },
      ];
      expect(plan(questions)).toEqual(['a medium', 'b medium', 'c medium', 'd medium']);
    });

    it('ignores what is named when it was answered Yes: it is already done', () => {
      const questions = [
        { id: 'licences', weight: 3, after: ['register'] },
        { id: 'patching', weight: 2 },
        { id: 'register', weight: 1 },
      ];
      expect(plan(questions, { register: 'yes' })).toEqual(['licences high', 'patching medium']);
    });
  });

  it('carries what the action plan needs', () => {
    expect(scoreChecklist(def, { backups: 'partly' }).actions).toEqual([
      {
        questionId: 'backups',
        sectionId: 'data',
        sectionTitle: 'Data and devices',
        question: 'Is school data backed up every day, with a copy kept offline or in a separate account?',
        answer: 'partly',
        answerLabel: 'Partly',
        priority: 'medium',
        critical: false,
        action: 'Set up daily backups with one copy that ransomware cannot reach.',
        guidance: 'cyber-security-essentials#backups',
      },
    ]);
  });
});

describe('notApplicableText', () => {
  it('counts the questions left out of the score, and says nothing when there are none', () => {
    expect(notApplicableText(0)).toBe('');
    expect(notApplicableText(1)).toBe('1 question not applicable');
    expect(notApplicableText(3)).toBe('3 questions not applicable');
  });
});
