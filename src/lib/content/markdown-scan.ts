import GithubSlugger from 'github-slugger';

/** A line of the body outside fenced code, with its 1-based number in the body. */
interface ProseLine {
  text: string;
  line: number;
}

// Headings and links inside fenced code are examples, not content, so they are skipped.
function proseLines(body: string): ProseLine[] {
  const lines: ProseLine[] = [];
  let inFence = false;
  body.split(/\r?\n/).forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) {
      inFence = !inFence;
      return;
    }
    if (!inFence) lines.push({ text, line: index + 1 });
  });
  return lines;
}

/** Markdown emphasis and links inside a heading do not reach its id. */
function headingText(raw: string): string {
  return raw
    .replace(/\s+#+\s*$/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** The ids Astro gives the body's headings (github-slugger, in document order). */
export function extractHeadingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  return proseLines(body)
    .map(({ text }) => /^(#{1,6})\s+(.+)$/.exec(text))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => slugger.slug(headingText(match[2] ?? '')));
}

export interface FoundLink {
  /** The link target as written. */
  href: string;
  /** 1-based line number within the body. */
  line: number;
}

/** Markdown links whose target is a path on this site (starts with one slash). */
export function extractInternalLinks(body: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const { text, line } of proseLines(body)) {
    for (const match of text.matchAll(/\]\((\/(?!\/)[^)\s]*)\)/g)) {
      links.push({ href: match[1] ?? '', line });
    }
  }
  return links;
}
