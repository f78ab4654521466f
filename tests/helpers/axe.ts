import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA, plus the earlier levels they include. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The checks whose outcome depends on colours: all that a second colour scheme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What to check: only these rules (else every WCAG 2.2 A and AA check), and parts to leave out. */
export interface AxeScope {
  rules?: readonly string[];
  /** CSS selectors of parts checked elsewhere, such as a preview frame of a page that has its own check. */
  exclude?: readonly string[];
}

/** Runs axe on the page and returns one readable line per violation and element. */
export async function findViolations(page: Page, { rules, exclude = [] }: AxeScope = {}): Promise<string[]> {
  const builder = exclude.reduce((axe, selector) => axe.exclude(selector), new AxeBuilder({ page }));
  const { violations } = await (rules ? builder.withRules([...rules]) : builder.withTags(WCAG_TAGS)).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help})`,
    ),
  );
}
