import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import type { SourceFile } from '../../src/lib/content-check/model';
import { readContentFiles } from '../../src/integrations/read-content-files';
import { fileURLToPath } from 'node:url';

const area: SourceFile = {
  path: 'content/areas/security.yaml',
  text: 'title: Security\nsummary: Keeping data safe.\norder: 1\n',
};

function article(id: string, frontMatter: Record<string, string>, body = '## One\n\nText.\n'): SourceFile {
  const fields = {
    title: 'An article',
    summary: 'What it says.',
    area: 'security',
    audience: '[leaders]',
    published: '2026-01-10',
    reviewed: '2026-02-01',
    ...frontMatter,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return { path: `content/articles/${id}.mdx`, text: `---\n${yaml}\n---\n${body}` };
}

describe('the real content', () => {
  it('passes every rule', () => {
    expect(checkContent(readContentFiles(process.cwd()))).toEqual([]);
  });
});

describe('article front matter', () => {
  it('accepts a sound article', () => {
    expect(checkContent([area, article('good', {})])).toEqual([]);
  });

  it.each([
    [
      'unknown area',
      { area: 'nowhere' },
      'content/articles/a.mdx: area: unknown area "nowhere" (no content/areas/nowhere.yaml)',
    ],
    [
      'reviewed before published',
      { reviewed: '2026-01-01' },
      'content/articles/a.mdx: reviewed: must not be before published',
    ],
    [
      'unknown field',
      { colour: 'blue' },
      'content/articles/a.mdx: colour: unknown field (check its spelling; allowed fields are listed in the README)',
    ],
    ['bad date', { published: '2026-02-30' }, 'content/articles/a.mdx: published: is not a real calendar date'],
    [
      'date in the wrong format',
      { published: '"10/01/2026"' },
      'content/articles/a.mdx: published: must be a date written YYYY-MM-DD',
    ],
    [
      'self-reference in related',
      { related: '[a]' },
      'content/articles/a.mdx: related.0: an article cannot be related to itself',
    ],
    [
      'unknown related article',
      { related: '[missing]' },
      'content/articles/a.mdx: related.0: unknown article "missing"',
    ],
    [
      'unknown assessment',
      { assessments: '[quiz]' },
      'content/articles/a.mdx: assessments.0: unknown assessment "quiz"',
    ],
    [
      'http source',
      { sources: '[{ title: T, publisher: P, url: "http://example.org/" }]' },
      'content/articles/a.mdx: sources.0.url: must be an https:// URL',
    ],
    [
      'missing title',
      { title: '' },
      'content/articles/a.mdx: title: Invalid input: expected string, received undefined',
    ],
  ])('reports %s in one line naming file, field and reason', (_rule, fields, line) => {
    expect(checkContent([area, article('a', fields)])).toEqual([line]);
  });

  it('reports a duplicate id', () => {
    const twin = { ...article('a', {}), path: 'content/articles/A.mdx' };
    expect(checkContent([area, article('a', {}), twin])).toContain(
      'content/articles/A.mdx: id: duplicate id "A": content/articles/a.mdx already uses it',
    );
  });

  it('reports YAML that cannot be read', () => {
    const broken = { path: 'content/areas/x.yaml', text: 'title: [unclosed\n' };
    expect(checkContent([broken])[0]).toMatch(/^content\/areas\/x\.yaml: cannot be read: /);
  });

  it('reports a key written twice, which would silently keep only one value', () => {
    // The title is given on lines 1 and 2 of the front matter.
    const twice = { path: 'content/articles/a.mdx', text: '---\ntitle: One\ntitle: Two\n---\n## One\n' };
    expect(checkContent([area, twice])).toEqual([
      'content/articles/a.mdx: cannot be read: duplicated mapping key (2:1)',
    ]);
  });
});

describe('links between articles', () => {
  const target = article('target', {}, '## Backups\n\n## Who to tell\n');

  it('accepts links to existing articles and headings', () => {
    const source = article(
      'source',
      {},
      'See [backups](/guidance/target/#backups) and [tell](/guidance/target/#who-to-tell).\n',
    );
    expect(checkContent([area, target, source])).toEqual([]);
  });

  it('reports a link to a missing heading with its line', () => {
    const source = article('source', {}, '## Intro\n\nSee [it](/guidance/target/#restores).\n');
    expect(checkContent([area, target, source])).toEqual([
      'content/articles/source.mdx: line 11: links to heading "#restores", which content/articles/target.mdx does not have (it has: backups, who-to-tell)',
    ]);
  });

  it('reports links to missing articles, areas, assessments and pages', () => {
    const source = article(
      'source',
      {},
      '[a](/guidance/gone/) [b](/areas/none/) [c](/assessments/none/) [d](/nowhere/)\n',
    );
    expect(checkContent([area, source]).map((line) => line.split(': ').slice(2).join(': '))).toEqual([
      'links to unknown article "gone"',
      'links to unknown area "none"',
      'links to unknown assessment "none"',
      'links to "/nowhere/", which is not a page on this site',
    ]);
  });

  it('reports a published article that relates or links to a draft, but not a draft doing so', () => {
    const draft = article('draft', { draft: 'true' }, '## Backups\n');
    const published = article('live', { related: '[draft]' }, 'See [it](/guidance/draft/#backups).\n');
    const otherDraft = article('also-draft', { draft: 'true', related: '[draft]' });
    expect(checkContent([area, draft, published, otherDraft])).toEqual([
      'content/articles/live.mdx: related.0: "draft" is a draft, so it is not published',
      'content/articles/live.mdx: line 10: links to "draft", a draft that is not published',
    ]);
  });

  it('ignores links inside fenced code', () => {
    const source = article('source', {}, '```\n[x](/guidance/gone/)\n```\n');
    expect(checkContent([area, source])).toEqual([]);
  });
});

describe('an article with a bad field', () => {
  it('is reported once, and references to it are still checked against the file', () => {
    // Two related lists, three links and three assessment questions point at backups.mdx, whose
    // only fault is its date; the check used to report each of them as "unknown article".
    const fixture = fileURLToPath(new URL('../fixtures/content-one-bad-date/', import.meta.url));
    expect(checkContent(readContentFiles(fixture))).toEqual([
      'content/articles/backups.mdx: published: is not a real calendar date',
    ]);
  });

  it('still has links to headings it does not have reported', () => {
    const broken = article('target', { published: '2020-13-45' }, '## Backups\n');
    const source = article('source', { related: '[target]' }, 'See [it](/guidance/target/#restores).\n');
    expect(checkContent([area, broken, source])).toEqual([
      'content/articles/target.mdx: published: is not a real calendar date',
      'content/articles/source.mdx: line 10: links to heading "#restores", which content/articles/target.mdx does not have (it has: backups)',
    ]);
  });

  it('that is not valid MDX is reported with its line, and links to it are not reported again', () => {
    const broken = article('target', {}, '## Backups\n\n<Callout>\n\nNever closed.\n');
    const source = article('source', { related: '[target]' }, 'See [it](/guidance/target/#backups).\n');
    expect(checkContent([area, broken, source])).toEqual([
      'content/articles/target.mdx: line 11: not valid MDX: Expected a closing tag for `<Callout>` (3:1) (mdx-jsx:unexpected-character)',
    ]);
  });
});

describe('articles and the assessments that cite them', () => {
  const checklist: SourceFile = {
    path: 'content/assessments/checklist.yaml',
    text: [
      'title: Checklist',
      'summary: One question.',
      'version: 1',
      'updated: 2026-11-29',
      'kind: checklist',
      'area: security',
      'intro: Answer for the school as it is today.',
      'bands:',
      '  - { id: good, label: Good, min: 80 }',
      '  - { id: urgent-action, label: Urgent action, min: 0 }',
      'sections:',
      '  - id: data',
      '    title: Data',
      '    questions:',
      '      - id: backups',
      '        text: Are backups kept offline?',
      '        guidance: backups#one',
      '        action: Keep one copy offline.',
      '        refs:',
      '          - { framework: Cyber Essentials, item: Backups }',
      '',
    ].join('\n'),
  };

  it('refuses Not applicable on a critical question, naming the file, the field and the reason', () => {
    const critical: SourceFile = {
      path: checklist.path,
      text: checklist.text.replace(
        '        action: Keep one copy offline.',
        '        critical: true\n        notApplicableWhen: The school keeps no data.\n        action: Keep one copy offline.',
      ),
    };
    expect(checkContent([area, critical, article('backups', {})])).toEqual([
      'content/assessments/checklist.yaml: sections.0.questions.0.notApplicableWhen: a critical question cannot be Not applicable: every school needs it, so remove notApplicableWhen or critical',
    ]);
  });

  it('an article a question cites must list that assessment', () => {
    expect(checkContent([area, checklist, article('backups', {})])).toEqual([
      'content/articles/backups.mdx: assessments: must include "checklist", whose questions cite this article',
    ]);
  });

  it('is satisfied once the article lists it', () => {
    expect(checkContent([area, checklist, article('backups', { assessments: '[checklist]' })])).toEqual([]);
  });
});

describe('components in articles', () => {
  // The front matter takes lines 1-8, so line 1 of the body is line 9 of the file.
  const withBody = (body: string) => checkContent([area, article('a', {}, body)]);

  it('accepts the components as the README documents them', () => {
    expect(
      withBody(
        '<InShort>\n\nIn brief.\n\n</InShort>\n\n<Callout kind="warning" title="Act now">\n\nText.\n\n</Callout>\n\n' +
          '<Comparison caption="C" columns={["Criterion", "A"]} rows={[["Cost", "Low"]]} />\n\n<Steps>\n\n1. One\n\n</Steps>\n',
      ),
    ).toEqual([]);
  });

  it('reports a wrong value with the file, the line and the reason', () => {
    expect(withBody('## One\n\n<Callout kind="nope">\n\nText.\n\n</Callout>\n')).toEqual([
      'content/articles/a.mdx: line 11: <Callout> kind: Invalid option: expected one of "note"|"warning"',
    ]);
  });

  it('reports an unknown attribute, an unknown component and a component nested in another', () => {
    expect(withBody('<Steps colour="red">\n\n<Calout>\n\nText.\n\n</Calout>\n\n</Steps>\n')).toEqual([
      'content/articles/a.mdx: line 9: <Steps> colour: unknown attribute (it takes none)',
      'content/articles/a.mdx: line 11: unknown component <Calout> (use one of InShort, Callout, Steps, Comparison, MessagingRiskCheck, SarDeadlineCalculator)',
    ]);
  });

  it('reports a comparison row with the wrong number of cells, and values it cannot read', () => {
    const body =
      '<Comparison caption="C" columns={["Criterion", "A", "B"]} rows={[["Cost", "Low"]]} />\n\n' +
      "<Comparison caption=\"D\" columns={['Criterion', 'A']} rows={rows} />\n";
    expect(withBody(body)).toEqual([
      'content/articles/a.mdx: line 9: <Comparison> rows.0: has 2 cells but there are 3 columns',
      'content/articles/a.mdx: line 11: <Comparison> columns: must be a literal in JSON form, e.g. {["A", "B"]} with double quotes',
      'content/articles/a.mdx: line 11: <Comparison> rows: must be a literal in JSON form, e.g. {["A", "B"]} with double quotes',
    ]);
  });
});
