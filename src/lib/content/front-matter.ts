export interface SplitFile {
  /** The YAML between the `---` lines, or undefined when the file has none. */
  frontMatter: string | undefined;
  /** Everything after the front matter. */
  body: string;
  /** How many lines the front matter block takes, so body line numbers can be reported. */
  bodyStartLine: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Splits an MDX file into its front matter and body without parsing either, so that a mistake in
 * one does not hide the other from the content check.
 */
export function splitFrontMatter(text: string): SplitFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { frontMatter: undefined, body: text, bodyStartLine: 1 };
  const block = match[0];
  return { frontMatter: match[1] ?? '', body: text.slice(block.length), bodyStartLine: block.split('\n').length };
}
