import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { loadSiteConfig } from '../lib/site/load-site';
import { buildThemeCss } from '../lib/site/theme';

const ID = 'virtual:site-theme.css';
const RESOLVED = `\0${ID}`;

/**
 * Serves the colours from site.yaml as a CSS module, so they are bundled (and hashed for the CSP)
 * with the rest of the stylesheet instead of needing an inline style block.
 */
export function siteTheme(siteYamlPath: string): Plugin {
  return {
    name: 'site-theme',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(siteYamlPath);
      return buildThemeCss(loadSiteConfig(readFileSync(siteYamlPath, 'utf8')).colours);
    },
  };
}
