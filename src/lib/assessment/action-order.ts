/** What ordering needs of an action: its question and its priority. */
interface Orderable<P extends string> {
  questionId: string;
  priority: P;
}

/**
 * The action plan's order: by priority (`priorities` lists them highest first), then as given
 * (file order), except that an action comes after the actions its question's `after` names. Those
 * are placed just before it, and take its priority when theirs is lower, so the plan never asks for
 * a high-priority step before the step it needs. Only actions in the plan count: a prerequisite
 * answered Yes is already done. The schema refuses cycles; should one slip through, each action is
 * still placed once.
 */
export function orderActions<P extends string, A extends Orderable<P>>(
  actions: readonly A[],
  after: ReadonlyMap<string, readonly string[]>,
  priorities: readonly P[],
): A[] {
  // Array.prototype.sort is stable, so file order holds within a priority.
  const sorted = [...actions].sort((a, b) => priorities.indexOf(a.priority) - priorities.indexOf(b.priority));
  const placed = new Set<string>();
  const ordered: A[] = [];
  const place = (action: A, priority: P) => {
    if (placed.has(action.questionId)) return;
    placed.add(action.questionId);
    // Anything not yet placed has this priority or a lower one, since higher ones went first.
    const needs = after.get(action.questionId) ?? [];
    for (const before of sorted) if (needs.includes(before.questionId)) place(before, priority);
    ordered.push({ ...action, priority });
  };
  for (const action of sorted) place(action, action.priority);
  return ordered;
}
