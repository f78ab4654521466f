import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { buildThemeCss } from '../lib/site/theme.ts';
import type { SiteConfig } from '../schemas/site.ts';

/** The validated settings of content/site.yaml, as a module (typed in src/env.d.ts). */
const CONFIG_ID = 'virtual:site-config';
/** The colours of site.yaml as CSS custom properties. */
const THEME_ID = 'virtual:site-theme.css';

/** What each virtual module id serves; `siteUrl` is the address the site is built for. */
function modules(site: SiteConfig, siteUrl: string): Record<string, string> {
  return {
    [CONFIG_ID]: `export default ${JSON.stringify(site)};`,
    // Bundled (and hashed for the CSP) with the rest of the stylesheet, so no inline style block.
    [THEME_ID]: buildThemeCss(site.colours, siteUrl),
  };
}

/**
 * Hands the site settings, read and validated once in astro.config.mjs, to every page and component
 * through virtual modules, as Starlight does with its user config. A change to site.yaml restarts
 * the dev server, which reads the file again.
 */
export function siteSettings(site: SiteConfig, siteYamlPath: URL): AstroIntegration {
  let served = modules(site, site.url);
  const plugin: Plugin = {
    name: 'site-settings',
    resolveId: (id) => (id in served ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? served[id.slice(1)] : undefined),
  };
  return {
    name: 'site-settings',
    hooks: {
      'astro:config:setup': ({ config, addWatchFile, updateConfig }) => {
        // SITE_URL may set another address than site.yaml's: printed links show the one built for.
        served = modules(site, config.site ?? site.url);
        addWatchFile(siteYamlPath);
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
