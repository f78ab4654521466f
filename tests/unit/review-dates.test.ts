import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load';
import { reviewDatesByPath } from '../../src/lib/content/review-dates';

const area = { path: 'content/areas/x.yaml', text: 'title: X\nsummary: An area.\norder: 1\n' };
const article = (id: string, reviewed: string) => ({
  path: `content/articles/${id}.mdx`,
  text: `---\ntitle: ${id}\nsummary: About ${id}.\narea: x\naudience: [staff]\npublished: 2026-01-05\nreviewed: ${reviewed}\nreviewEveryMonths: 12\n---\nBody\n`,
});

describe('review dates for the sitemap', () => {
  it('maps each article page to the date it was last reviewed, quoted or not', () => {
    const { model } = loadContent([area, article('a', '2026-11-20'), article('b', "'2026-03-01'")]);
    expect([...reviewDatesByPath(model)]).toEqual([
      ['/guidance/a/', '2026-11-20'],
      ['/guidance/b/', '2026-03-01'],
    ]);
  });

  it('leaves out an article whose front matter fails its schema (the content check reports it)', () => {
    const { model, problems } = loadContent([area, article('a', '2026-11-20'), article('c', 'next week')]);
    expect([...reviewDatesByPath(model)]).toEqual([['/guidance/a/', '2026-11-20']]);
    expect(problems.map((problem) => problem.file)).toEqual(['content/articles/c.mdx']);
  });
});
