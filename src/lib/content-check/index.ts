import { loadContent } from './load.ts';
import type { ContentModel, SourceFile } from './model.ts';
import { formatProblem, type Problem } from './problem.ts';
import { checkArticleReferences } from './rules/article-references.ts';
import { checkAssessmentReferences } from './rules/assessment-references.ts';
import { checkCitedAssessments } from './rules/cited-assessments.ts';
import { checkComponentProps } from './rules/component-props.ts';
import { checkDraftReferences } from './rules/draft-references.ts';
import { checkInternalLinks } from './rules/internal-links.ts';

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
