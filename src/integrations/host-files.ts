import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../lib/dates/build-date.ts';
import { formatNginx, formatStaticWebAppConfig, formatWebConfig } from '../lib/hosting/formats.ts';
import { hostSections } from '../lib/hosting/sections.ts';
import { buildHeaderRules, formatHeadersFile } from '../lib/security/headers.ts';
import { buildSecurityTxt } from '../lib/security/security-txt.ts';
import type { SiteConfig } from '../schemas/site.ts';

/**
 * Writes the files a static host reads besides the pages, all from the same header rules (with the
 * embed allow-list from site.yaml): `_headers` (Netlify, Cloudflare Pages), `staticwebapp.config.json`
 * (Azure Static Web Apps), `web.config` (IIS), `nginx.conf` (a snippet for an nginx server block),
 * `.nojekyll` (GitHub Pages would otherwise hide `_astro/`) and `/.well-known/security.txt`.
 */
export function hostFiles(site: SiteConfig): AstroIntegration {
  let siteUrl = '';
  let base = '/';
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        siteUrl = new URL(config.base, config.site ?? site.url).href;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const embedAncestors = site.embed.allowedOrigins;
        const rules = buildHeaderRules({ topLevel: readdirSync(out), embedAncestors, base });
        const hosts = { sections: hostSections(embedAncestors), base };
        const files: Record<string, string> = {
          _headers: formatHeadersFile(rules),
          'staticwebapp.config.json': formatStaticWebAppConfig(hosts),
          'web.config': formatWebConfig(hosts),
          'nginx.conf': formatNginx(hosts),
          '.nojekyll': '',
        };
        for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
        mkdirSync(join(out, '.well-known'), { recursive: true });
        writeFileSync(
          join(out, '.well-known', 'security.txt'),
          buildSecurityTxt({ email: site.contact.email, siteUrl, builtOn: buildDate() }),
        );
        logger.info(`wrote ${Object.keys(files).join(', ')} and .well-known/security.txt`);
      },
    },
  };
}
