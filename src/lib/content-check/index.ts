import { loadContent } from './load';
import type { SourceFile } from './model';
import { formatProblem } from './problem';
import { checkArticleReferences } from './rules/article-references';
import { checkAssessmentReferences } from './rules/assessment-references';
import { checkCitedAssessments } from './rules/cited-assessments';
import { checkComponentProps } from './rules/component-props';
import { checkDraftReferences } from './rules/draft-references';
import { checkInternalLinks } from './rules/internal-links';

const crossFileRules = [
  checkArticleReferences,
  checkAssessmentReferences,
  checkInternalLinks,
  checkDraftReferences,
  checkComponentProps,
  checkCitedAssessments,
];

/** Checks all content files; returns one line per problem, empty when the content is sound. */
export function checkContent(files: readonly SourceFile[]): string[] {
  const { model, problems } = loadContent(files);
  return [...problems, ...crossFileRules.flatMap((rule) => rule(model))].map(formatProblem);
}
