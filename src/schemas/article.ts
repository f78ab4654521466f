import { z } from 'astro/zod';
import { httpsUrlSchema, idSchema, isoDateSchema } from './common.ts';
import { isIsoDate } from './iso-date.ts';

/** Who an article is written for. */
export const audiences = ['leaders', 'staff', 'governors', 'dpo', 'trusts'] as const;
export type Audience = (typeof audiences)[number];

/** A public source that an article's facts rest on. */
export const sourceSchema = z.strictObject({
  /** The page's own title. */
  title: z.string().min(1),
  /** The organisation that publishes it, e.g. "Information Commissioner's Office". */
  publisher: z.string().min(1),
  /** Where to read it; https only. */
  url: httpsUrlSchema,
  /** When an editor last checked it says what the article claims. */
  accessed: isoDateSchema.optional(),
});

/**
 * Front matter of a guidance article (`content/articles/<id>.mdx`). Cross-file rules (the area,
 * related articles and assessments exist) are checked by `src/lib/content-check`.
 */
export const articleSchema = z
  .strictObject({
    /** The article's heading and page title. */
    title: z.string().min(1).max(90),
    /** Plain-language summary for lists and the meta description. */
    summary: z.string().min(1).max(200),
    /** Id of the best-practice area it belongs to. */
    area: idSchema,
    /** Who it is written for; at least one. */
    audience: z.array(z.enum(audiences)).min(1),
    /** First published, YYYY-MM-DD. */
    published: isoDateSchema,
    /** Last checked against its sources, YYYY-MM-DD; not before `published`. */
    reviewed: isoDateSchema,
    /** How often it must be reviewed; the review is due this many months after `reviewed`. */
    reviewEveryMonths: z.int().min(1).max(60).default(12),
    /** Ids of assessments that this article explains. */
    assessments: z.array(idSchema).default([]),
    /** Ids of other articles worth reading next. */
    related: z.array(idSchema).default([]),
    /** Where the facts come from. */
    sources: z.array(sourceSchema).default([]),
    /** Drafts are left out of production builds. */
    draft: z.boolean().default(false),
  })
  // Compared only when both dates are sound; a bad date is reported once, on its own field.
  .refine((a) => !isIsoDate(a.published) || !isIsoDate(a.reviewed) || a.reviewed >= a.published, {
    path: ['reviewed'],
    message: 'must not be before published',
  });

export type ArticleData = z.infer<typeof articleSchema>;
