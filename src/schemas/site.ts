import { z } from 'astro/zod';
import { httpsUrlSchema } from './common.ts';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb');

/** Colours for one colour scheme; they become CSS custom properties. */
const paletteSchema = z.strictObject({
  /** Links, buttons and focus rings. Needs 4.5:1 contrast with `background`. */
  accent: hexColour,
  /** Text on an accent-coloured button. */
  onAccent: hexColour,
  /** Page background. */
  background: hexColour,
  /** Body text. */
  text: hexColour,
});

/** Site-wide settings (`content/site.yaml`): everything a trust changes to rebrand its copy. */
export const siteSchema = z.strictObject({
  /** The site's name, shown in the header and page titles. */
  name: z.string().min(1).max(60),
  /** One sentence on what the site is, for the home page and feeds. */
  description: z.string().min(1).max(200),
  /** The public address the site is served from, used for canonical links and feeds. */
  url: httpsUrlSchema,
  /** The organisation responsible for the content. */
  owner: z.string().min(1),
  /** How to reach the data protection officer. */
  contact: z.strictObject({
    /** Who answers, e.g. "Data Protection Officer". */
    name: z.string().min(1),
    /** Email address for questions and security reports. */
    email: z.email(),
    /** Telephone number, written as it should be dialled in the UK. */
    phone: z.string().min(1),
  }),
  /** Colours for light and dark schemes. */
  colours: z.strictObject({
    /** Used when the person's device prefers a light scheme (the default). */
    light: paletteSchema,
    /** Used when the device prefers a dark scheme. */
    dark: paletteSchema,
  }),
  /** Who may put the embed pages in an iframe. */
  embed: z.strictObject({
    /** CSP frame-ancestors sources allowed for /embed/*, e.g. "https:" or "https://intranet.trust.org.uk". */
    allowedOrigins: z
      .array(z.string().regex(/^(https:|https:\/\/[a-z0-9.*-]+(:\d+)?)$/i, 'must be "https:" or an https origin'))
      .min(1),
    /** Height in pixels that snippets give an iframe when the page cannot resize it. */
    defaultHeight: z.int().min(200).max(4000).default(900),
  }),
});

export type SiteConfig = z.infer<typeof siteSchema>;
