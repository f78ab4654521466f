import { describe, expect, it } from 'vitest';
import { byNewest, byOrder } from '../../src/lib/content/sort';
import { collectFilters } from '../../src/lib/search/filters';

describe('lists of articles and areas', () => {
  it('put the most recently reviewed first, then the newest, then by title', () => {
    const articles = [
      { title: 'B', reviewed: '2026-01-01', published: '2025-01-01' },
      { title: 'C', reviewed: '2026-06-01', published: '2025-01-01' },
      { title: 'A', reviewed: '2026-01-01', published: '2025-01-01' },
      { title: 'D', reviewed: '2026-01-01', published: '2025-06-01' },
    ];
    expect([...articles].sort(byNewest).map((a) => a.title)).toEqual(['C', 'D', 'A', 'B']);
  });

  it('order areas by their order field, then title', () => {
    const areas = [
      { title: 'Zeta', order: 1 },
      { title: 'Alpha', order: 2 },
      { title: 'Beta', order: 1 },
    ];
    expect([...areas].sort(byOrder).map((a) => a.title)).toEqual(['Beta', 'Zeta', 'Alpha']);
  });
});

describe('search filters', () => {
  it('group the ticked boxes by filter name, as Pagefind expects', () => {
    expect(
      collectFilters([
        { name: 'area', value: 'Subject access requests' },
        { name: 'type', value: 'Guidance' },
        { name: 'area', value: 'Information & cyber security' },
      ]),
    ).toEqual({ area: ['Subject access requests', 'Information & cyber security'], type: ['Guidance'] });
    expect(collectFilters([])).toEqual({});
  });
});
