/** One rule of a stylesheet: its selectors and its declarations as written. */
export interface CssRule {
  selectors: string[];
  declarations: string;
}

/** The blocks of `css` at its top level: `prelude { body }`, braces balanced. */
function blocks(css: string): { prelude: string; body: string }[] {
  const found: { prelude: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (css[i] === '}') {
      depth--;
      if (depth === 0) {
        found.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    }
  }
  return found;
}

/**
 * The style rules inside `@media print` blocks of a built (minified) stylesheet, enough for tests
 * to ask what printing hides or shows. Nested at-rules (such as `@page`) are skipped.
 */
export function printRules(css: string): CssRule[] {
  return blocks(css)
    .filter(({ prelude }) => /^@media\s+print$/.test(prelude))
    .flatMap(({ body }) => blocks(body))
    .filter(({ prelude }) => !prelude.startsWith('@'))
    .map(({ prelude, body }) => ({
      selectors: prelude.split(/,(?![^(]*\))/).map((s) => s.trim()),
      declarations: body,
    }));
}
