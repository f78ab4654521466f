/**
 * The id of an assessment's question form. Its page names it as the element the browser waits for
 * before it first paints (see `renderAfter` in Head.astro), so the id must be the same in both places.
 */
export function questionFormId(assessmentId: string): string {
  return `${assessmentId}-questions-form`;
}
