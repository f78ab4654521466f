import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import InShort from './InShort.astro';
import Link from './Link.astro';
import MessagingRiskCheck from './MessagingRiskCheck.astro';
import SarDeadlineCalculator from './SarDeadlineCalculator.astro';
import Steps from './Steps.astro';

/** Components that articles use without importing them (documented in the README), and `a` for their links. */
export const mdxComponents = {
  a: Link,
  Callout,
  Comparison,
  InShort,
  MessagingRiskCheck,
  SarDeadlineCalculator,
  Steps,
};
