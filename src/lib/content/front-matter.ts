import { parse } from 'yaml';

export interface SplitFile {
  /** The parsed YAML front matter, or undefined when the file has none. */
  data: unknown;
  /** Everything after the front matter. */
  body: string;
  /** How many lines the front matter block takes, so body line numbers can be reported. */
  bodyStartLine: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into its YAML front matter and body. Throws on YAML syntax errors. */
export function splitFrontMatter(text: string): SplitFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: undefined, body: text, bodyStartLine: 1 };
  const block = match[0];
  return {
    data: parse(match[1] ?? '', { uniqueKeys: true }),
    body: text.slice(block.length),
    bodyStartLine: block.split('\n').length,
  };
}
