import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../lib/dates/build-date';
import { buildHeaderRules, formatHeadersFile } from '../lib/security/headers';
import { buildSecurityTxt } from '../lib/security/security-txt';
import type { SiteConfig } from '../schemas/site';

/**
 * Writes the files a static host reads besides the pages: `_headers` (security headers, with the
 * embed allow-list from site.yaml) and `/.well-known/security.txt` (the DPO contact).
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
        const rules = buildHeaderRules({ topLevel: readdirSync(out), embedAncestors: site.embed.allowedOrigins, base });
        writeFileSync(join(out, '_headers'), formatHeadersFile(rules));
        mkdirSync(join(out, '.well-known'), { recursive: true });
        writeFileSync(
          join(out, '.well-known', 'security.txt'),
          buildSecurityTxt({ email: site.contact.email, siteUrl, builtOn: buildDate() }),
        );
        logger.info('wrote _headers and .well-known/security.txt');
      },
    },
  };
}
