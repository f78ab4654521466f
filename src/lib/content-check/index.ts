import { loadContent } from './load';
import type { ContentModel, SourceFile } from './model';
import { formatProblem, type Problem } from './problem';
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
  return checkLoadedContent(loadContent(files));
}

/**
 * The same check over content already loaded with `loadContent`, so that a build which also needs
 * the parsed files (the sitemap's review dates) parses each one once.
 */
export function checkLoadedContent({ model, problems }: { model: ContentModel; problems: Problem[] }): string[] {
  return [...problems, ...crossFileRules.flatMap((rule) => rule(model))].map(formatProblem);
}
