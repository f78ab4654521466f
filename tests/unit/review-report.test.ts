import { describe, expect, it } from 'vitest';
import {
  buildReviewReport,
  formatReviewReport,
  shouldFail,
  summariseReviewReport,
  type ReviewInput,
} from '../../src/lib/content/review-report';

const TODAY = '2026-11-25';

function article(id: string, reviewed: string, overrides: Partial<ReviewInput> = {}): ReviewInput {
  return { id, title: `Title ${id}`, reviewed, reviewEveryMonths: 12, draft: false, ...overrides };
}

describe('sorting', () => {
  it('puts the most overdue first, then the soonest due', () => {
    const rows = buildReviewReport(
      [
        article('later', '2026-06-01'),
        article('slightly-overdue', '2025-11-20'),
        article('very-overdue', '2025-01-10'),
        article('soon', '2025-12-01'),
      ],
      TODAY,
    );
    expect(rows.map((row) => row.id)).toEqual(['very-overdue', 'slightly-overdue', 'soon', 'later']);
  });

  it('orders articles due on the same day by title', () => {
    const rows = buildReviewReport(
      [article('b', '2026-01-01', { title: 'Zebra' }), article('a', '2026-01-01', { title: 'Apple' })],
      TODAY,
    );
    expect(rows.map((row) => row.title)).toEqual(['Apple', 'Zebra']);
  });

  it('counts each article’s own review interval', () => {
    const rows = buildReviewReport(
      [article('yearly', '2026-01-01'), article('quarterly', '2026-06-01', { reviewEveryMonths: 3 })],
      TODAY,
    );
    expect(rows.map(({ id, due }) => [id, due])).toEqual([
      ['quarterly', '2026-09-01'],
      ['yearly', '2027-01-01'],
    ]);
  });
});

describe('states', () => {
  it.each([
    ['due yesterday', '2025-11-24', 'overdue', 1],
    ['due today', '2025-11-25', 'due-soon', 0],
    ['due in 30 days', '2025-12-25', 'due-soon', -30],
    ['due in 31 days', '2025-12-26', 'current', -31],
  ])('%s is %s', (_, reviewed, state, daysOverdue) => {
    const [row] = buildReviewReport([article('a', reviewed)], TODAY);
    expect(row).toMatchObject({ state, daysOverdue });
  });
});

describe('failing the run', () => {
  it('passes at 90 days overdue and fails at 91', () => {
    // Due 2026-08-27 is 90 days before 2026-11-25.
    expect(shouldFail(buildReviewReport([article('a', '2025-08-27')], TODAY))).toBe(false);
    expect(shouldFail(buildReviewReport([article('a', '2025-08-26')], TODAY))).toBe(true);
  });

  it('fails when any one article is long overdue', () => {
    const rows = buildReviewReport([article('fine', '2026-06-01'), article('stale', '2024-01-01')], TODAY);
    expect(shouldFail(rows)).toBe(true);
  });

  it('accepts a different grace period', () => {
    const rows = buildReviewReport([article('a', '2025-11-15')], TODAY);
    expect(shouldFail(rows, 9)).toBe(true);
    expect(shouldFail(rows, 10)).toBe(false);
  });

  it('never fails on a draft, however overdue, but still lists it as overdue', () => {
    const rows = buildReviewReport([article('draft', '2020-01-01', { draft: true })], TODAY);
    expect(rows).toMatchObject([{ id: 'draft', state: 'overdue', draft: true }]);
    expect(shouldFail(rows)).toBe(false);
  });
});

describe('the printed report', () => {
  const rows = buildReviewReport(
    [
      article('stale', '2025-08-01', { title: 'Stale article' }),
      article('soon', '2025-12-05', { title: 'Soon article' }),
      article('fresh', '2026-11-01', { title: 'Fresh article', draft: true }),
    ],
    TODAY,
  );
  const lines = formatReviewReport(rows);

  it('has a header and one line per article, in report order', () => {
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Status\s+Review due\s+Last reviewed\s+Article$/);
    expect(lines.slice(1).map((line) => /\((\S+)\)/.exec(line)?.[1])).toEqual(['stale', 'soon', 'fresh']);
  });

  it('writes UK dates and says how overdue or how soon', () => {
    expect(lines[1]).toContain('OVERDUE by 116 days');
    expect(lines[1]).toContain('1 August 2026');
    expect(lines[1]).toContain('1 August 2025');
    expect(lines[2]).toContain('due in 10 days');
    expect(lines[2]).toContain('5 December 2026');
    expect(lines[3]).toMatch(/^current\s/);
  });

  it('marks drafts', () => {
    expect(lines[3]).toContain('Fresh article (fresh) [draft]');
    expect(lines[1]).not.toContain('[draft]');
  });

  it('lines the columns up under their headings', () => {
    const dueColumn = lines[0]?.indexOf('Review due');
    const articleColumn = lines[0]?.indexOf('Article');
    for (const line of lines.slice(1)) {
      expect(line.search(/\d{1,2} [A-Z][a-z]+ \d{4}/)).toBe(dueColumn);
      expect(line.search(/[A-Z][a-z]+ article/)).toBe(articleColumn);
    }
  });

  it('sums up in one line', () => {
    expect(summariseReviewReport(rows)).toBe(
      '3 articles, 1 overdue, 1 due within 30 days, 1 current, 1 overdue by more than 90 days',
    );
  });
});
