import { mdxComponentPropsSchemas, type MdxComponentName } from '../../../schemas/mdx-components.ts';
import type { AttributeValue, FoundComponent } from '../../content/markdown-scan.ts';
import type { ContentModel } from '../model.ts';
import type { Problem } from '../problem.ts';
import type { z } from 'astro/zod';

const knownNames = Object.keys(mdxComponentPropsSchemas) as MdxComponentName[];

function isKnown(name: string): name is MdxComponentName {
  return (knownNames as string[]).includes(name);
}

/** What JSX makes of an attribute, or why it cannot be known before the page is built. */
function propValue(value: AttributeValue): { ok: true; value: unknown } | { ok: false; reason: string } {
  switch (value.kind) {
    case 'string':
      return { ok: true, value: value.value };
    case 'bare':
      return { ok: true, value: true };
    case 'spread':
      return { ok: false, reason: `{${value.source}} cannot be checked; write each attribute out` };
    case 'expression':
      // Articles hold data, not code: a JSON literal can be checked before the build renders it.
      try {
        return { ok: true, value: JSON.parse(value.source) };
      } catch {
        return { ok: false, reason: 'must be a literal in JSON form, e.g. {["A", "B"]} with double quotes' };
      }
  }
}

function describeIssues(name: MdxComponentName, issues: readonly z.core.$ZodIssue[]): string[] {
  const schema = mdxComponentPropsSchemas[name];
  const accepted = Object.keys('shape' in schema ? schema.shape : {});
  const takes = accepted.length > 0 ? `it takes ${accepted.join(', ')}` : 'it takes none';
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `<${name}> ${key}: unknown attribute (${takes})`)
      : [`<${name}>${issue.path.length > 0 ? ` ${issue.path.join('.')}` : ''}: ${issue.message}`],
  );
}

/** What is wrong with one use of a component, one reason per problem. */
function checkComponent({ name, attributes }: FoundComponent): string[] {
  if (!isKnown(name)) return [`unknown component <${name}> (use one of ${knownNames.join(', ')})`];
  const props: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const attribute of attributes) {
    const result = propValue(attribute.value);
    if (result.ok) props[attribute.name] = result.value;
    else unreadable.push(`<${name}> ${attribute.name || '{...}'}: ${result.reason}`);
  }
  if (unreadable.length > 0) return unreadable;
  const result = mdxComponentPropsSchemas[name].safeParse(props);
  return result.success ? [] : describeIssues(name, result.error.issues);
}

/**
 * Every component in an article must exist and get attributes it accepts: a wrong value, such as
 * `<Callout kind="nope">`, would otherwise build into an unstyled box without a word.
 */
export function checkComponentProps(model: ContentModel): Problem[] {
  return [...model.articleFiles.values()].flatMap((article) =>
    article.components.flatMap((component) =>
      checkComponent(component).map((reason) => ({
        file: article.file,
        field: `line ${article.bodyStartLine + component.line - 1}`,
        reason,
      })),
    ),
  );
}
