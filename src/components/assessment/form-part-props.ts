import type { AssessmentEntry } from '../../collections';
import type { FormLayout } from '../../lib/assessment/form-layout';

/** What each server-rendered part of an assessment's form (the task list, the questions) is given. */
export interface FormPartProps {
  /** The assessment whose form this is. */
  assessment: AssessmentEntry;
  /** The level of the part's own heading: 2 on the assessment's page, 3 inside an article. */
  headingLevel: 2 | 3;
  /** The sections and questions shown before any answer (follow-ups hidden), worked out once for the page. */
  layout: FormLayout;
}
