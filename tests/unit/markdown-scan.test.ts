import { describe, expect, it } from 'vitest';
import { extractHeadingIds, extractInternalLinks } from '../../src/lib/content/markdown-scan';
import { parseExcerpt } from '../../src/lib/search/excerpt';

describe('heading ids', () => {
  it('match the ids Astro gives headings, including repeats and punctuation', () => {
    const body =
      "## What to do\n\n### Two-step verification\n\n## What to do\n\n## Check your school's risk\n\n## [Linked](/x/) *heading*\n";
    expect(extractHeadingIds(body)).toEqual([
      'what-to-do',
      'two-step-verification',
      'what-to-do-1',
      'check-your-schools-risk',
      'linked-heading',
    ]);
  });
});

describe('internal links', () => {
  it('finds site paths with their line, not external or protocol-relative ones', () => {
    const body = 'a [x](/guidance/a/#b)\n[y](https://gov.uk/) [z](//cdn.example/) [w](/areas/b/)\n';
    expect(extractInternalLinks(body)).toEqual([
      { href: '/guidance/a/#b', line: 1 },
      { href: '/areas/b/', line: 2 },
    ]);
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
