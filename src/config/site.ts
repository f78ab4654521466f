import siteYaml from '../../content/site.yaml?raw';
import { loadSiteConfig } from '../lib/site/load-site';

/** The validated site settings, read once at build time. */
export const site = loadSiteConfig(siteYaml);
