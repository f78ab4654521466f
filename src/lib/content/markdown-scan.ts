import GithubSlugger from 'github-slugger';
import {
  mdxToHast,
  mdxToMdast,
  type HastNode,
  type MdastNode,
  type MdxJsxAttributeUnion,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';

// Sätteri is the parser Astro's MDX integration compiles articles with, and these are the features
// that integration turns on by default, so headings, links and components are read exactly as the
// build reads them (smart punctuation changes heading text, and so heading ids).
const features = { gfm: true, smartPunctuation: true } as const;

export interface FoundLink {
  /** The link target as written. */
  href: string;
  /** 1-based line number within the body. */
  line: number;
}

/** The value of one attribute on a component, as written in the MDX. */
export type AttributeValue =
  | { kind: 'string'; value: string }
  | { kind: 'expression'; source: string }
  /** Written with no value (`<X flag />`), which JSX reads as `true`. */
  | { kind: 'bare' }
  /** `{...props}`: its keys cannot be known without running the code. */
  | { kind: 'spread'; source: string };

/** A capitalised JSX element, i.e. a component, used in the body. */
export interface FoundComponent {
  /** The component's name, e.g. `Callout`. */
  name: string;
  /** 1-based line number within the body where the element opens. */
  line: number;
  /** Its attributes in source order; spreads have an empty name. */
  attributes: { name: string; value: AttributeValue }[];
}

/** What the content check needs from an article's body. */
export interface ScannedBody {
  /** The ids Astro gives the body's headings, in document order. */
  headings: string[];
  /** Links and link definitions whose target is a path on this site (starts with one slash). */
  links: FoundLink[];
  /** Every component used, including those nested inside other components. */
  components: FoundComponent[];
}

/** The body is not valid MDX; `line` is 1-based within the body. */
export class MdxSyntaxError extends Error {
  // A plain field, not a constructor parameter property: Node loads this file without a compiler
  // (astro.config.mjs imports it), and it strips types but does not rewrite syntax.
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'MdxSyntaxError';
    this.line = line;
  }
}

interface AnyNode {
  type: string;
  children?: AnyNode[];
}

function walk<T extends AnyNode>(node: T, visit: (node: T) => void): void {
  visit(node);
  for (const child of (node.children ?? []) as T[]) walk(child, visit);
}

/** The text a heading element shows, as the DOM's textContent reads it. */
function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as HastNode)).join('') : '';
}

// Astro names headings after the rendered HTML (hast), so the ids are taken from there too:
// an image's alt text, for instance, is in the Markdown heading but not in its textContent.
function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  walk(mdxToHast(body, { features, position: false }) as AnyNode, (node) => {
    const hast = node as HastNode;
    if (hast.type === 'element' && /^h[1-6]$/.test(hast.tagName)) ids.push(slugger.slug(textOf(hast)));
  });
  return ids;
}

function attributeValue(attribute: MdxJsxAttributeUnion): AttributeValue {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { kind: 'spread', source: attribute.value };
  const { value } = attribute;
  if (value === null || value === undefined) return { kind: 'bare' };
  if (typeof value === 'string') return { kind: 'string', value };
  return { kind: 'expression', source: value.value };
}

/** A JSX element whose name starts with a capital is a component; lower-case names are HTML. */
function isComponent(node: MdastNode): node is MdxJsxFlowElement | MdxJsxTextElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '');
}

function lineOf(node: MdastNode): number {
  return node.position?.start.line ?? 1;
}

/**
 * Reads an MDX body the way the build does. Code spans and fenced code are code, so the links and
 * headings written inside them are examples and are not returned. Throws MdxSyntaxError when the
 * body is not valid MDX.
 */
export function scanMdx(body: string): ScannedBody {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features });
  } catch (error) {
    const message = (error as Error).message;
    const place = /^(\d+):\d+: (.*)$/s.exec(message);
    throw new MdxSyntaxError(Number(place?.[1] ?? 1), (place?.[2] ?? message).split('\n')[0] ?? message);
  }
  const links: FoundLink[] = [];
  const components: FoundComponent[] = [];
  walk(tree as AnyNode, (node) => {
    const mdast = node as MdastNode;
    if ((mdast.type === 'link' || mdast.type === 'definition') && /^\/(?!\/)/.test(mdast.url)) {
      links.push({ href: mdast.url, line: lineOf(mdast) });
    } else if (isComponent(mdast)) {
      components.push({
        name: mdast.name ?? '',
        line: lineOf(mdast),
        attributes: mdast.attributes.map((attribute) => ({
          name: attribute.type === 'mdxJsxAttribute' ? attribute.name : '',
          value: attributeValue(attribute),
        })),
      });
    }
  });
  return { headings: headingIds(body), links, components };
}
