/**
 * "1 question not applicable", "3 questions not applicable": said beside the score, because those
 * questions are left out of it; empty when there are none.
 */
export function notApplicableText(count: number): string {
  if (count === 0) return '';
  return `${count} ${count === 1 ? 'question' : 'questions'} not applicable`;
}
