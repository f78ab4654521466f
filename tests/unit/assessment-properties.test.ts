import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionsOf, scoreChecklist, scoreRisk, type RiskLevel } from '../../src/lib/assessment';
import {
  type Answers,
  type AssessmentDefinition,
  type ChecklistDefinition,
  type RiskDefinition,
} from '../../src/schemas/assessment';
import { LIKELIHOODS, optionIdsOf } from '../../src/schemas/scales';
import { answersFor, someAnswers } from '../helpers/answers';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

const checklistFixture = loadDefinition('checklist', FIXTURES) as ChecklistDefinition;
const riskFixture = loadDefinition('risk', FIXTURES) as RiskDefinition;

/** Checklists of 1-4 sections of 1-5 questions with any weights and critical flags, no conditions. */
const generatedChecklist: fc.Arbitrary<ChecklistDefinition> = fc
  .array(
    fc.array(fc.record({ weight: fc.integer({ min: 1, max: 3 }), critical: fc.boolean() }), {
      minLength: 1,
      maxLength: 5,
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((sections) => ({
    ...checklistFixture,
    sections: sections.map((questions, s) => ({
      id: `s${s}`,
      title: `Section ${s}`,
      questions: questions.map((flags, q) => ({
        ...flags,
        id: `s${s}-q${q}`,
        text: 'Q',
        guidance: 'a#b',
        action: 'Act.',
        refs: [{ framework: 'F', item: 'I' }],
      })),
    })),
  }));

const checklistWithAnswers = fc
  .oneof(fc.constant(checklistFixture), generatedChecklist)
  .chain((def) => fc.tuple(fc.constant(def), answersFor(def), fc.nat()));

/** The section and question at a position counted over the whole file. */
function pick(def: AssessmentDefinition, index: number) {
  const entries = def.sections.flatMap((section, s) => section.questions.map((question) => ({ s, question })));
  const entry = entries[index % entries.length];
  if (!entry) throw new Error('a definition has at least one question');
  return entry;
}

const without = (answers: Answers, id: string): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([key]) => key !== id));
const scores = (def: ChecklistDefinition, answers: Answers) => {
  const result = scoreChecklist(def, answers);
  return { overall: result.overall.score, sections: result.sections.map((section) => section.score) };
};

describe('checklist score properties', () => {
  it('is always an integer from 0 to 100, or null', () => {
    fc.assert(
      fc.property(checklistWithAnswers, ([def, answers]) => {
        const { overall, sections } = scores(def, answers);
        for (const score of [overall, ...sections]) {
          expect(score === null || (Number.isInteger(score) && score >= 0 && score <= 100)).toBe(true);
        }
      }),
    );
  });

  it('never falls when one answer improves from No to Partly or Partly to Yes', () => {
    const steps = fc.constantFrom(['no', 'partly'], ['partly', 'yes']);
    fc.assert(
      fc.property(checklistWithAnswers, steps, ([def, answers, index], [from, to]) => {
        const { s, question } = pick(def, index);
        const before = scores(def, { ...answers, [question.id]: from });
        const after = scores(def, { ...answers, [question.id]: to });
        expect(after.overall ?? -1).toBeGreaterThanOrEqual(before.overall ?? -1);
        expect(after.sections[s] ?? -1).toBeGreaterThanOrEqual(before.sections[s] ?? -1);
      }),
    );
  });

  it('does not change when an unanswered question is set to Not applicable', () => {
    fc.assert(
      fc.property(checklistWithAnswers, ([def, answers, index]) => {
        const { question } = pick(def, index);
        const unanswered = without(answers, question.id);
        expect(scores(def, { ...unanswered, [question.id]: 'na' })).toEqual(scores(def, unanswered));
      }),
    );
  });

  it('does not depend on the order of the sections', () => {
    fc.assert(
      fc.property(
        checklistWithAnswers.chain(([def, answers]) =>
          fc.tuple(
            fc.constant(def),
            fc.constant(answers),
            fc.shuffledSubarray(def.sections, { minLength: def.sections.length }),
          ),
        ),
        ([def, answers, shuffled]) => {
          const before = scoreChecklist(def, answers);
          const after = scoreChecklist({ ...def, sections: shuffled }, answers);
          expect(after.overall).toEqual(before.overall);
          expect(after.band).toEqual(before.band);
        },
      ),
    );
  });
});

describe('unknown answers', () => {
  const definitions = fc.oneof(
    fc.constant<AssessmentDefinition>(checklistFixture),
    fc.constant<AssessmentDefinition>(riskFixture),
    generatedChecklist,
  );
  const score = (def: AssessmentDefinition, answers: Answers) =>
    def.kind === 'checklist' ? scoreChecklist(def, answers) : scoreRisk(def, answers);

  it('are ignored: the score is the one without them', () => {
    fc.assert(
      fc.property(
        definitions.chain((def) => {
          const ids = new Set(questionsOf(def).map((question) => question.id));
          const extraKeys = fc.dictionary(
            fc.string().filter((key) => !ids.has(key)),
            fc.string(),
          );
          // Some questions answered with something that is not one of their options.
          const wrong = someAnswers(def, (question) =>
            fc.string().filter((value) => !optionIdsOf(question).includes(value)),
          );
          return fc.tuple(fc.constant(def), answersFor(def), extraKeys, wrong);
        }),
        ([def, answers, extra, wrong]) => {
          const valid = Object.fromEntries(Object.entries(answers).filter(([id]) => !Object.hasOwn(wrong, id)));
          expect(score(def, { ...answers, ...extra, ...wrong })).toEqual(score(def, valid));
        },
      ),
    );
  });
});

describe('risk properties', () => {
  const likelihood = (option: { sets?: Record<string, keyof typeof LIKELIHOODS> | undefined }, riskId: string) => {
    const set = option.sets && Object.hasOwn(option.sets, riskId) ? option.sets[riskId] : undefined;
    return set ? LIKELIHOODS[set].value : 0;
  };
  // A safer option sets no risk to a higher likelihood than the riskier one.
  const saferMoves = questionsOf(riskFixture).flatMap((question) =>
    question.options.flatMap((riskier) =>
      question.options
        .filter(
          (safer) =>
            safer !== riskier &&
            riskFixture.risks.every((risk) => likelihood(safer, risk.id) <= likelihood(riskier, risk.id)),
        )
        .map((safer) => ({ questionId: question.id, safer: safer.id, riskier: riskier.id })),
    ),
  );
  const rank = (level: RiskLevel | null) => (level === null ? 0 : { low: 1, medium: 2, high: 3 }[level]);

  it('has safer moves to test in the fixture', () => {
    expect(saferMoves).toContainEqual({ questionId: 'uses-messaging', safer: 'no', riskier: 'yes' });
    expect(saferMoves).toContainEqual({ questionId: 'two-step', safer: 'all', riskier: 'none' });
  });

  it('never raises any risk level when an answer moves to a safer option', () => {
    fc.assert(
      fc.property(answersFor(riskFixture), fc.constantFrom(...saferMoves), (answers, move) => {
        const before = scoreRisk(riskFixture, { ...answers, [move.questionId]: move.riskier });
        const after = scoreRisk(riskFixture, { ...answers, [move.questionId]: move.safer });
        expect(rank(after.overall.level)).toBeLessThanOrEqual(rank(before.overall.level));
        for (const risk of after.risks) {
          const earlier = before.risks.find((candidate) => candidate.id === risk.id);
          expect(rank(risk.level)).toBeLessThanOrEqual(rank(earlier?.level ?? null));
        }
      }),
    );
  });

  it('only ever gives the scores likelihood x severity allows', () => {
    fc.assert(
      fc.property(answersFor(riskFixture), (answers) => {
        for (const risk of scoreRisk(riskFixture, answers).risks) {
          expect([null, 1, 2, 3, 4, 6, 9]).toContain(risk.score);
        }
      }),
    );
  });
});
