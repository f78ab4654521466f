import { describe, expect, it } from 'vitest';
import { MdxSyntaxError, scanMdx } from '../../src/lib/content/markdown-scan';
import { parseExcerpt } from '../../src/lib/search/excerpt';

function errorFrom(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('heading ids', () => {
  it('match the ids Astro gives headings, including repeats and punctuation', () => {
    const body =
      "## What to do\n\n### Two-step verification\n\n## What to do\n\n## Check your school's risk\n\n## [Linked](/x/) *heading*\n";
    expect(scanMdx(body).headings).toEqual([
      'what-to-do',
      'two-step-verification',
      'what-to-do-1',
      'check-your-schools-risk',
      'linked-heading',
    ]);
  });

  it('include headings written inside a component, indented or not, numbered with the rest', () => {
    const body = '## What to do\n\n<Callout kind="warning">\n  ## What to do\n\n  Text.\n</Callout>\n';
    expect(scanMdx(body).headings).toEqual(['what-to-do', 'what-to-do-1']);
  });

  it('include setext headings, underlined with = or -', () => {
    const body = 'Keeping backups\n===============\n\nWho to tell\n-----------\n\nA paragraph.\n';
    expect(scanMdx(body).headings).toEqual(['keeping-backups', 'who-to-tell']);
  });

  it('read smart punctuation and code as the page shows them, and skip fenced code', () => {
    const body = '## Before -- and `after`\n\n```\n## Not a heading\n```\n';
    // "--" becomes an en dash, which the slugger drops, leaving the two spaces as two hyphens.
    expect(scanMdx(body).headings).toEqual(['before--and-after']);
  });
});

describe('internal links', () => {
  it('finds site paths with their line, not external or protocol-relative ones', () => {
    const body = 'a [x](/guidance/a/#b)\n[y](https://gov.uk/) [z](//cdn.example/) [w](/areas/b/)\n';
    expect(scanMdx(body).links).toEqual([
      { href: '/guidance/a/#b', line: 1 },
      { href: '/areas/b/', line: 2 },
    ]);
  });

  it('finds links inside the children of block and inline components', () => {
    const body = '<Callout>\n\nSee [x](/guidance/a/).\n\n</Callout>\n\nText <Callout>and [y](/areas/b/)</Callout>.\n';
    expect(scanMdx(body).links).toEqual([
      { href: '/guidance/a/', line: 3 },
      { href: '/areas/b/', line: 7 },
    ]);
  });

  it('ignores code spans and fenced code that look like links', () => {
    const body = 'Write `[text](/guidance/id/)` to link.\n\n```md\n[x](/guidance/gone/)\n```\n';
    expect(scanMdx(body).links).toEqual([]);
  });

  it('finds the target of a reference-style link where it is defined', () => {
    const body = 'See [the checklist][c].\n\n[c]: /assessments/cyber/\n';
    expect(scanMdx(body).links).toEqual([{ href: '/assessments/cyber/', line: 3 }]);
  });
});

describe('components', () => {
  it('lists every component with its line and attributes, nested ones included', () => {
    const body =
      'Intro.\n\n<Callout kind="warning" title="Act now">\n\n<Comparison caption="C" columns={["A", "B"]} {...more} open />\n\n</Callout>\n\n<br />\n';
    expect(scanMdx(body).components).toEqual([
      {
        name: 'Callout',
        line: 3,
        attributes: [
          { name: 'kind', value: { kind: 'string', value: 'warning' } },
          { name: 'title', value: { kind: 'string', value: 'Act now' } },
        ],
      },
      {
        name: 'Comparison',
        line: 5,
        attributes: [
          { name: 'caption', value: { kind: 'string', value: 'C' } },
          { name: 'columns', value: { kind: 'expression', source: '["A", "B"]' } },
          { name: '', value: { kind: 'spread', source: '...more' } },
          { name: 'open', value: { kind: 'bare' } },
        ],
      },
    ]);
  });

  it('throws a syntax error with its line when the body is not valid MDX', () => {
    const error = errorFrom(() => scanMdx('Text.\n\n<Callout kind="note">\n\nNever closed.\n'));
    expect(error).toBeInstanceOf(MdxSyntaxError);
    expect(error).toMatchObject({ line: 3, message: expect.stringMatching(/closing tag for `<Callout>`/) });
  });
});

describe('search excerpts', () => {
  it('keeps marks as data and decodes entities without trusting HTML', () => {
    expect(parseExcerpt('use <mark>personal</mark> devices &amp; <img src=x>apps')).toEqual([
      { text: 'use ', marked: false },
      { text: 'personal', marked: true },
      { text: ' devices & apps', marked: false },
    ]);
  });
});
