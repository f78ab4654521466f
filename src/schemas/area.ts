import { z } from 'astro/zod';

/** A best-practice area (`content/areas/<id>.yaml`); the file name is its id. */
export const areaSchema = z.strictObject({
  /** The area's name, shown as its page heading and in navigation. */
  title: z.string().min(1).max(60),
  /** One or two sentences shown under the title and in lists. */
  summary: z.string().min(1).max(200),
  /** Position in lists of areas, lowest first. */
  order: z.int().min(0),
});

export type Area = z.infer<typeof areaSchema>;
