/**
 * Makes every link in an embed page that leaves the page open in a new tab, so a click never
 * navigates the trust's iframe away. Links to a fragment on the same page stay in the frame.
 */
export function openLinksInNewTab(html: string): string {
  return html.replace(/<a\b([^>]*)>/gi, (tag: string, attributes: string) => {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
    const target = href?.[1] ?? href?.[2];
    if (target === undefined || target.startsWith('#') || /\btarget\s*=/i.test(attributes)) return tag;
    const rel = /\brel\s*=\s*"([^"]*)"/i.exec(attributes);
    if (!rel) return `<a${attributes} target="_blank" rel="noopener">`;
    const values = new Set((rel[1] ?? '').split(/\s+/).filter(Boolean));
    values.add('noopener');
    return `<a${attributes.replace(rel[0], `rel="${[...values].join(' ')}"`)} target="_blank">`;
  });
}
