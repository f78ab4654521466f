/**
 * Finding the parts of a page Astro built, for the transforms that write one built page from
 * another. Astro's output is regular (attributes quoted, in source order), so a tag is found by its
 * start; each helper throws, naming what it looked for, when the page does not have it.
 */

/** `found`, unless it is -1 (not found). */
export function required(found: number, what: string): number {
  if (found === -1) throw new Error(`no ${what} was found`);
  return found;
}

/** Where the first match of `tag` starts and ends, searching from `from`. */
export function findTag(html: string, tag: RegExp, from: number, what: string): { start: number; end: number } {
  const pattern = new RegExp(tag.source, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) throw new Error(`no ${what} was found`);
  return { start: match.index, end: match.index + match[0].length };
}

/** Where the text of the element opened by the first match of `open` starts and ends. */
export function findText(html: string, open: RegExp, name: string, what: string): { start: number; end: number } {
  const tag = findTag(html, open, 0, what);
  return { start: tag.end, end: required(html.indexOf(`</${name}>`, tag.end), `</${name}> after ${what}`) };
}

/** The document's title text, as written (escaped). */
export function findTitle(html: string): { start: number; end: number } {
  return findText(html, /<title>/, 'title', '<title>');
}

/** The element `<name …>…</name>` that starts at `start`, with any of the same name nested inside it. */
export function elementAt(html: string, start: number, name: string): string {
  const tags = new RegExp(`<(/?)${name}[\\s>]`, 'g');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', match.index) + 1);
  }
  throw new Error(`the <${name}> element is not closed`);
}

/** `html` with the span from `start` to `end` replaced by `text`. */
export function splice(html: string, { start, end }: { start: number; end: number }, text: string): string {
  return html.slice(0, start) + text + html.slice(end);
}

/** `target` with its first match of `tag` replaced by the first match of `tag` in `source`. */
export function swapTag(target: string, source: string, tag: RegExp, what: string): string {
  const from = findTag(source, tag, 0, `${what} in the page`);
  return splice(target, findTag(target, tag, 0, `${what} in the pattern`), source.slice(from.start, from.end));
}
