import { addMonths, type IsoDate } from '../dates/iso-date.ts';

export interface SecurityTxtOptions {
  /** Where to report a vulnerability. */
  email: string;
  /** The site's public address, with its sub-folder if it has one. */
  siteUrl: string;
  /** The build date; the file expires a year later, as RFC 9116 asks. */
  builtOn: IsoDate;
}

/** `/.well-known/security.txt` (RFC 9116) with the contact from site.yaml. */
export function buildSecurityTxt({ email, siteUrl, builtOn }: SecurityTxtOptions): string {
  return [
    `Contact: mailto:${email}`,
    `Expires: ${addMonths(builtOn, 12)}T00:00:00.000Z`,
    'Preferred-Languages: en',
    `Canonical: ${new URL('.well-known/security.txt', siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href}`,
    '',
  ].join('\n');
}
