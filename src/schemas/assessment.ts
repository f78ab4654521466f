import { z } from 'astro/zod';
import { ID_PATTERN, KEBAB_ID, isoDateSchema } from './common.ts';
import { LIKELIHOOD_IDS, SEVERITY_IDS, optionIdsOf } from './scales.ts';

// The heading part follows github-slugger, which keeps non-ASCII letters, underscores and
// repeated hyphens, so it is looser than our own ids.
const GUIDANCE_PATTERN = new RegExp(`^${KEBAB_ID}#[\\p{Ll}\\p{Lo}\\p{N}_-]+$`, 'u');
// Markdown that would show as stray symbols where the text is rendered as plain text.
const MARKDOWN_PATTERN = /\[[^\]]*\]\([^)]*\)|\*\*|__|`|^\s*(#{1,6}\s|[-*+]\s|\d+\.\s)/m;

const id = z.string().regex(ID_PATTERN, 'must be lower-case words joined by hyphens, e.g. "two-step-verification"');
const text = z.string().trim().min(1, 'must not be empty');
const guidance = z
  .string()
  .regex(GUIDANCE_PATTERN, 'must be "<article-id>#<heading-id>", e.g. "cyber-security-essentials#backups"');

const showIf = z.strictObject({
  /** Id of an earlier question that decides whether this one is shown. */
  question: id,
  /** Option ids of that question that show this one. */
  anyOf: z.array(id).min(1),
});

const questionFields = {
  /** Unique within the assessment; answers are stored under it, so keep it when rewording. */
  id,
  /** The question as the person reads it. */
  text,
  /** A sentence of help shown under the question. */
  help: text.optional(),
  /** The guidance that explains the question, as "<article-id>#<heading-id>". */
  guidance,
  /** Show the question only when an earlier question has one of these answers. */
  showIf: showIf.optional(),
};

function sectionOf<Q extends z.ZodType>(question: Q) {
  return z.strictObject({
    /** Unique within the assessment. */
    id,
    /** Section heading. */
    title: text,
    /** A sentence under the heading. */
    summary: text.optional(),
    /** The questions, in order. */
    questions: z.array(question).min(1),
  });
}

const commonFields = {
  /** Shown as the page heading; at most 90 characters. */
  title: text.max(90),
  /** For lists and the meta description; at most 200 characters. */
  summary: text.max(200),
  /** Raised whenever the questions change, so saved answers can be checked against them. */
  version: z.number().int().positive(),
  /** The day the questions were last changed or checked, YYYY-MM-DD; shown as "Checklist updated 29 November 2026". */
  updated: isoDateSchema,
  /** Id of the best-practice area the assessment belongs to. */
  area: id,
  /** Plain text (no Markdown) shown before the questions; blank lines separate paragraphs. */
  intro: text.refine((value) => !MARKDOWN_PATTERN.test(value), {
    message: 'must be plain text without Markdown (links, **bold**, `code`, # headings or lists)',
  }),
};

const band = z.strictObject({
  /** Unique within the assessment. */
  id,
  /** The rating as shown, e.g. "Good". */
  label: text,
  /** Lowest score (0-100) that earns this band. */
  min: z.number().int().min(0).max(100),
  /** What the band means for the school. */
  description: text.optional(),
});

const frameworkRef = z.strictObject({
  /** The standard or guidance the question comes from, e.g. "Cyber Essentials". */
  framework: text,
  /** The requirement within it, e.g. "User access control". */
  item: text,
});

const checklistQuestion = z.strictObject({
  ...questionFields,
  /** How much the question counts in the score, 1-3. */
  weight: z.number().int().min(1).max(3).default(1),
  /** A No or Partly answer holds the rating below the top band. */
  critical: z.boolean().default(false),
  /** When the question may not apply to a school; only then is Not applicable offered, with this as its hint. */
  notApplicableWhen: text.optional(),
  /** What to do when the answer is not Yes. */
  action: text,
  /** Ids of questions whose action must be done first; the action plan lists this one after theirs. */
  after: z.array(id).min(1).optional(),
  /** The framework requirements the question checks. */
  refs: z.array(frameworkRef).min(1),
});

const checklistSchema = z.strictObject({
  ...commonFields,
  /** A checklist: Yes / Partly / No (and Not applicable where a question allows it) answers, a score and a rating. */
  kind: z.literal('checklist'),
  /** Ratings by score; one must start at 0, order does not matter. */
  bands: z.array(band).min(1),
  /** Groups of questions, each scored on its own as well as overall. */
  sections: z.array(sectionOf(checklistQuestion)).min(1),
});

const risk = z.strictObject({
  /** Unique within the assessment. */
  id,
  /** Short name of the risk. */
  title: text,
  /** What could go wrong, and to whom. */
  description: text,
  /** How bad the harm would be: minimal, significant or severe. */
  severity: z.enum(SEVERITY_IDS),
  /** The guidance on reducing the risk, as "<article-id>#<heading-id>". */
  guidance,
  /** What to do when the risk is above low. */
  action: text,
});

const riskOption = z.strictObject({
  /** Unique within the question. */
  id,
  /** The answer as the person reads it. */
  label: text,
  /** Likelihood this answer gives each named risk: remote, possible or probable. */
  sets: z.record(id, z.enum(LIKELIHOOD_IDS)).optional(),
  /** Choosing this answer ends the assessment as low risk, for this plain-text reason. */
  ends: text.optional(),
});

const riskQuestion = z.strictObject({
  ...questionFields,
  /** The answers to choose from, in order. */
  options: z.array(riskOption).min(2),
});

const riskSchema = z.strictObject({
  ...commonFields,
  /** A risk self-assessment: answers set the likelihood of risks of known severity. */
  kind: z.literal('risk'),
  /** The risks the answers bear on. */
  risks: z.array(risk).min(1),
  /** Groups of questions, in order. */
  sections: z.array(sectionOf(riskQuestion)).min(1),
});

type Definition = z.output<typeof checklistSchema> | z.output<typeof riskSchema>;
type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** Reports each key that an earlier item already used, at the later item's path. */
function reportDuplicates(items: readonly { key: string | number; path: Path }[], what: string, report: Report) {
  const seen = new Set<string | number>();
  for (const { key, path } of items) {
    if (seen.has(key)) report(path, `${what} "${key}" is used more than once`);
    seen.add(key);
  }
}

/** Every question in file order, with its path in the file for reports. */
function questionsWithPaths<D extends Definition>(
  def: D,
): { question: D['sections'][number]['questions'][number]; path: Path }[] {
  return def.sections.flatMap((section, s) =>
    section.questions.map((question, q) => ({ question, path: ['sections', s, 'questions', q] as Path })),
  );
}

function checkQuestions(def: Definition, report: Report) {
  const questions = questionsWithPaths(def);
  reportDuplicates(
    def.sections.map((section, s) => ({ key: section.id, path: ['sections', s, 'id'] })),
    'section id',
    report,
  );
  reportDuplicates(
    questions.map(({ question, path }) => ({ key: question.id, path: [...path, 'id'] })),
    'question id',
    report,
  );

  const byId = new Map(questions.map(({ question }, position) => [question.id, { question, position }]));
  questions.forEach(({ question, path }, position) => {
    if (!question.showIf) return;
    const { question: targetId, anyOf } = question.showIf;
    const target = byId.get(targetId);
    if (!target) {
      report([...path, 'showIf', 'question'], `names "${targetId}", which is not a question in this assessment`);
    } else if (target.position >= position) {
      report([...path, 'showIf', 'question'], `must name an earlier question, but "${targetId}" is not earlier`);
    } else {
      const options = optionIdsOf(target.question);
      anyOf.forEach((option, k) => {
        if (options.includes(option)) return;
        report(
          [...path, 'showIf', 'anyOf', k],
          `"${option}" is not an option of "${targetId}" (${options.join(', ')})`,
        );
      });
    }
  });
}

function checkBands(def: z.output<typeof checklistSchema>, report: Report) {
  reportDuplicates(
    def.bands.map((band, b) => ({ key: band.id, path: ['bands', b, 'id'] })),
    'band id',
    report,
  );
  reportDuplicates(
    def.bands.map((band, b) => ({ key: band.min, path: ['bands', b, 'min'] })),
    'band minimum',
    report,
  );
  if (!def.bands.some((band) => band.min === 0)) report(['bands'], 'must include a band with min 0');
}

function checkChecklistQuestions(def: z.output<typeof checklistSchema>, report: Report) {
  const questions = questionsWithPaths(def);
  const known = new Set(questions.map(({ question }) => question.id));
  for (const { question, path } of questions) {
    if (question.critical && question.notApplicableWhen !== undefined) {
      report(
        [...path, 'notApplicableWhen'],
        'a critical question cannot be Not applicable: every school needs it, so remove notApplicableWhen or critical',
      );
    }
    question.after?.forEach((before, k) => {
      if (before === question.id) report([...path, 'after', k], 'a question cannot come after itself');
      else if (!known.has(before)) {
        report([...path, 'after', k], `names "${before}", which is not a question in this assessment`);
      }
    });
  }
  const cycle = findCycle(new Map(questions.map(({ question }) => [question.id, question.after ?? []])));
  const start = cycle && questions.find(({ question }) => question.id === cycle[0]);
  if (cycle && start) {
    report(
      [...start.path, 'after'],
      `${cycle.map((questionId) => `"${questionId}"`).join(' → ')} go round in a circle, so none of them can come first`,
    );
  }
}

/**
 * A chain of ids that leads back to its first one (["a", "b", "a"]), or null when there is none.
 * Self-references and unknown ids are reported on their own, so they are skipped here.
 */
function findCycle(after: ReadonlyMap<string, readonly string[]>): string[] | null {
  const done = new Set<string>();
  const visit = (questionId: string, trail: string[]): string[] | null => {
    const seen = trail.indexOf(questionId);
    if (seen >= 0) return [...trail.slice(seen), questionId];
    if (done.has(questionId)) return null;
    for (const before of after.get(questionId) ?? []) {
      if (before === questionId || !after.has(before)) continue;
      const cycle = visit(before, [...trail, questionId]);
      if (cycle) return cycle;
    }
    done.add(questionId);
    return null;
  };
  for (const questionId of after.keys()) {
    const cycle = visit(questionId, []);
    if (cycle) return cycle;
  }
  return null;
}

function checkRisks(def: z.output<typeof riskSchema>, report: Report) {
  reportDuplicates(
    def.risks.map((risk, r) => ({ key: risk.id, path: ['risks', r, 'id'] })),
    'risk id',
    report,
  );
  const declared = new Set(def.risks.map((risk) => risk.id));
  const setSomewhere = new Set<string>();
  def.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => {
      const path: Path = ['sections', s, 'questions', q, 'options'];
      reportDuplicates(
        question.options.map((option, o) => ({ key: option.id, path: [...path, o, 'id'] })),
        'option id',
        report,
      );
      question.options.forEach((option, o) => {
        const riskIds = Object.keys(option.sets ?? {});
        if (option.ends !== undefined && riskIds.length > 0) {
          report([...path, o, 'sets'], 'an option that ends the assessment cannot also set risks');
        }
        for (const riskId of riskIds) {
          setSomewhere.add(riskId);
          if (declared.has(riskId)) continue;
          report([...path, o, 'sets', riskId], `names "${riskId}", which is not a risk in this assessment`);
        }
      });
    }),
  );
  def.risks.forEach((risk, r) => {
    if (!setSomewhere.has(risk.id)) report(['risks', r], `risk "${risk.id}" is not set by any option`);
  });
}

/** A checklist or risk self-assessment (`content/assessments/<id>.yaml`). */
export const assessmentSchema = z.discriminatedUnion('kind', [checklistSchema, riskSchema]).superRefine((def, ctx) => {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  checkQuestions(def, report);
  if (def.kind === 'checklist') {
    checkBands(def, report);
    checkChecklistQuestions(def, report);
  } else checkRisks(def, report);
});

export type AssessmentDefinition = z.output<typeof assessmentSchema>;
export type ChecklistDefinition = Extract<AssessmentDefinition, { kind: 'checklist' }>;
export type RiskDefinition = Extract<AssessmentDefinition, { kind: 'risk' }>;
export type AssessmentSection = AssessmentDefinition['sections'][number];
export type AssessmentQuestion = AssessmentSection['questions'][number];
/** The section type of one kind of definition (or of either). */
export type SectionOf<D extends AssessmentDefinition> = D['sections'][number];
/** The question type of one kind of definition (or of either). */
export type QuestionOf<D extends AssessmentDefinition> = SectionOf<D>['questions'][number];
export type ChecklistQuestion = ChecklistDefinition['sections'][number]['questions'][number];
export type RiskQuestion = RiskDefinition['sections'][number]['questions'][number];
export type Band = ChecklistDefinition['bands'][number];
export type Risk = RiskDefinition['risks'][number];
/** Answers as saved, exported and shared: question id -> option id. */
export type Answers = Record<string, string>;
