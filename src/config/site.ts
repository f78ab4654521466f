import settings from 'virtual:site-config';

/** The validated site settings: content/site.yaml, read once in astro.config.mjs. */
export const site = settings;
