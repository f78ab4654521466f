import type { SiteConfig } from '../../schemas/site.ts';

/** Domains reserved for examples (RFC 2606 and RFC 6761): nobody can own an address under them. */
const EXAMPLE_HOST = /(^|\.)(example|test|invalid|localhost)$|(^|\.)example\.(com|org|net)$/i;

/** The telephone number site.yaml ships with, however it is spaced. */
const EXAMPLE_PHONE_DIGITS = '01234567890';

const isExampleHost = (host: string) => EXAMPLE_HOST.test(host);

/**
 * The settings that still hold the example values content/site.yaml ships with, one line each
 * naming the field and the value. Embed codes, feeds and security.txt built from them would point
 * at a site and a contact that do not exist.
 */
export function findExampleValues(site: Pick<SiteConfig, 'url' | 'contact'>): string[] {
  const found: string[] = [];
  if (isExampleHost(new URL(site.url).hostname)) found.push(`url: ${site.url} (an example domain; or set SITE_URL)`);
  const emailHost = site.contact.email.split('@').pop() ?? '';
  if (isExampleHost(emailHost)) found.push(`contact.email: ${site.contact.email} (an example domain)`);
  if (site.contact.phone.replace(/\D/g, '') === EXAMPLE_PHONE_DIGITS)
    found.push(`contact.phone: ${site.contact.phone} (the example number)`);
  return found;
}
