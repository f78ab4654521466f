import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import InShort from './InShort.astro';
import Link from './Link.astro';
import MessagingRiskCheck from './MessagingRiskCheck.astro';
import SarDeadlineCalculator from './SarDeadlineCalculator.astro';
import Steps from './Steps.astro';
import type { MdxComponentName } from '../../schemas/mdx-components';

/**
 * Components that articles use without importing them (documented in the README). `satisfies`
 * keeps this list and the props schemas the content check validates against the same.
 */
const articleComponents = {
  Callout,
  Comparison,
  InShort,
  MessagingRiskCheck,
  SarDeadlineCalculator,
  Steps,
} satisfies Record<MdxComponentName, unknown>;

/** The article components, and `a` so that every link in an article goes through the base-aware helper. */
export const mdxComponents = { a: Link, ...articleComponents };
