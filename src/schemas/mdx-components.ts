import { z } from 'astro/zod';

/** `<Callout>`: a note or warning box around Markdown. */
export const calloutPropsSchema = z.strictObject({
  /** "note" for useful context, "warning" for a risk the reader must not miss. */
  kind: z.enum(['note', 'warning']).optional(),
  /** Optional heading; defaults to "Note" or "Warning". */
  title: z.string().min(1).optional(),
});

/** `<Comparison>`: a table that becomes one card per row on a phone. */
export const comparisonPropsSchema = z
  .strictObject({
    /** What the table compares, read out first by screen readers. */
    caption: z.string().min(1),
    /** Column headings; the first names the row labels, e.g. "Criterion". */
    columns: z.array(z.string().min(1)).min(2),
    /** One array per row: the row label, then one cell per remaining column. */
    rows: z.array(z.array(z.string())).min(1),
  })
  .superRefine(({ columns, rows }, context) => {
    rows.forEach((row, index) => {
      if (row.length !== columns.length)
        context.addIssue({
          code: 'custom',
          path: ['rows', index],
          message: `has ${row.length} cells but there are ${columns.length} columns`,
        });
    });
  });

/** Components that take no attributes: their content is their children, or nothing. */
const noPropsSchema = z.strictObject({});

/**
 * The attributes an article may give each component that articles use without importing it.
 * The keys are the component names; `src/components/mdx/index.ts` must provide exactly these.
 */
export const mdxComponentPropsSchemas = {
  /** The summary box an article opens with. */
  InShort: noPropsSchema,
  /** A note or warning. */
  Callout: calloutPropsSchema,
  /** Numbered steps around a Markdown ordered list. */
  Steps: noPropsSchema,
  /** A comparison table. */
  Comparison: comparisonPropsSchema,
  /** The messaging risk self-assessment inside an article. */
  MessagingRiskCheck: noPropsSchema,
  /** The subject access request deadline calculator inside an article. */
  SarDeadlineCalculator: noPropsSchema,
} as const;

/** The name of a component available in every article. */
export type MdxComponentName = keyof typeof mdxComponentPropsSchemas;
