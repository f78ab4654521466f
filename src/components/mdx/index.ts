import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import InShort from './InShort.astro';
import EmbeddedMessagingRiskCheck from './EmbeddedMessagingRiskCheck.astro';
import MessagingRiskCheck from './MessagingRiskCheck.astro';
import SarDeadlineCalculator from './SarDeadlineCalculator.astro';
import Steps from './Steps.astro';
import type { MdxComponentName } from '../../schemas/mdx-components';

/**
 * Components that articles use without importing them (documented in the README). `satisfies`
 * keeps this list and the props schemas the content check validates against the same.
 */
export const mdxComponents = {
  Callout,
  Comparison,
  InShort,
  MessagingRiskCheck,
  SarDeadlineCalculator,
  Steps,
} satisfies Record<MdxComponentName, unknown>;

/** The same components inside an embed, where the assessment's links open in a new tab. */
export const embeddedMdxComponents = { ...mdxComponents, MessagingRiskCheck: EmbeddedMessagingRiskCheck };
