import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import InShort from './InShort.astro';
import EmbeddedMessagingRiskCheck from './EmbeddedMessagingRiskCheck.astro';
import MessagingRiskCheck from './MessagingRiskCheck.astro';
import SarDeadlineCalculator from './SarDeadlineCalculator.astro';
import Steps from './Steps.astro';

/** Components that articles use without importing them (documented in the README). */
export const mdxComponents = { Callout, Comparison, InShort, MessagingRiskCheck, SarDeadlineCalculator, Steps };

/** The same components inside an embed, where the assessment's links open in a new tab. */
export const embeddedMdxComponents = { ...mdxComponents, MessagingRiskCheck: EmbeddedMessagingRiskCheck };
