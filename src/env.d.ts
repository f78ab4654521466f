/** The settings of content/site.yaml, validated in astro.config.mjs (src/integrations/site-settings.ts). */
declare module 'virtual:site-config' {
  const settings: import('./schemas/site').SiteConfig;
  export default settings;
}

/** The site colours as CSS custom properties. */
declare module 'virtual:site-theme.css';
