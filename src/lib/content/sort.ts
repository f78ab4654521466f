/** Newest first by last review, then by publication, then by title for a stable order. */
export function byNewest(
  a: { reviewed: string; published: string; title: string },
  b: { reviewed: string; published: string; title: string },
): number {
  return b.reviewed.localeCompare(a.reviewed) || b.published.localeCompare(a.published) || a.title.localeCompare(b.title);
}

/** Lowest `order` first, then by title. */
export function byOrder(a: { order: number; title: string }, b: { order: number; title: string }): number {
  return a.order - b.order || a.title.localeCompare(b.title);
}
