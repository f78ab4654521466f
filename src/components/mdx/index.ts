import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import InShort from './InShort.astro';
import MessagingRiskCheck from './MessagingRiskCheck.astro';
import SarDeadlineCalculator from './SarDeadlineCalculator.astro';
import Steps from './Steps.astro';

/** Components that articles use without importing them (documented in the README). */
export const mdxComponents = { Callout, Comparison, InShort, MessagingRiskCheck, SarDeadlineCalculator, Steps };
