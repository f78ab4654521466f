import { describe, expect, it } from 'vitest';
import { reviewDatesByPath } from '../../src/lib/content/review-dates';

describe('review dates for the sitemap', () => {
  it('maps each article page to the date it was last reviewed', () => {
    const dates = reviewDatesByPath([
      { path: 'content/articles/a.mdx', text: '---\ntitle: A\npublished: 2026-01-05\nreviewed: 2026-11-20\n---\nBody' },
      { path: 'content/articles/b.mdx', text: "---\nreviewed: '2026-03-01'\n---\n" },
      { path: 'content/areas/c.yaml', text: 'reviewed: 2026-01-01\n' },
      { path: 'content/articles/d.mdx', text: '---\ntitle: no date\n---\n' },
    ]);
    expect([...dates]).toEqual([
      ['/guidance/a/', '2026-11-20'],
      ['/guidance/b/', '2026-03-01'],
    ]);
  });
});
