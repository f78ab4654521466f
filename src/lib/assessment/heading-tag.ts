/** A heading element an assessment's parts use, from the part's own level down two. */
export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5';

/**
 * The heading element `depth` levels below an assessment placed at `level`: 2 on its own page, 3
 * under a heading inside an article. One rule, so the form, the task list and the results nest alike.
 */
export function headingTag(level: 2 | 3, depth: 0 | 1 | 2 = 0): HeadingTag {
  return `h${level + depth}` as HeadingTag;
}
