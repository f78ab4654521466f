/** What ordering needs of an action: its question and its priority. */
interface Orderable<P extends string> {
  questionId: string;
  priority: P;
}

/**
 * The action plan's order: by priority (`priorities` lists them highest first), then as given
 * (file order), except that an action comes after the actions its question's `after` names. An
 * action that another one waits for takes that one's priority when it is higher, so the plan never
 * asks for a high-priority step before the step it needs. Only actions in the plan count: a
 * prerequisite answered Yes is already done. The schema refuses cycles; should one slip through,
 * the actions in it keep their priority order rather than being lost.
 */
export function orderActions<P extends string, A extends Orderable<P>>(
  actions: readonly A[],
  after: ReadonlyMap<string, readonly string[]>,
  priorities: readonly P[],
): A[] {
  const inPlan = new Set(actions.map((action) => action.questionId));
  const needs = new Map(
    actions.map((action) => [action.questionId, (after.get(action.questionId) ?? []).filter((id) => inPlan.has(id))]),
  );
  const rank = new Map(actions.map((action) => [action.questionId, priorities.indexOf(action.priority)]));
  // Pass the rank down each `after` link until nothing changes: a chain a → b → c lifts c as well.
  for (let changed = true; changed;) {
    changed = false;
    for (const [questionId, before] of needs) {
      const own = rank.get(questionId) ?? 0;
      for (const id of before) {
        if ((rank.get(id) ?? 0) <= own) continue;
        rank.set(id, own);
        changed = true;
      }
    }
  }
  const waiting = actions
    .map((action, position) => ({ action, position, rank: rank.get(action.questionId) ?? 0 }))
    // Array.prototype.sort is stable, but the position makes the tie-break explicit.
    .sort((a, b) => a.rank - b.rank || a.position - b.position);
  const placed = new Set<string>();
  const ordered: A[] = [];
  while (waiting.length > 0) {
    const ready = waiting.findIndex(({ action }) => (needs.get(action.questionId) ?? []).every((id) => placed.has(id)));
    const [next] = waiting.splice(Math.max(ready, 0), 1);
    if (!next) break;
    placed.add(next.action.questionId);
    ordered.push({ ...next.action, priority: priorities[next.rank] ?? next.action.priority });
  }
  return ordered;
}
