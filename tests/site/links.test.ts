import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listPages } from '../../scripts/lib/dist';
import { findBrokenLinks } from '../helpers/links';

beforeAll(assertBuilt);

describe('internal links', () => {
  it('finds the pages to check', () => {
    expect(listPages().length).toBeGreaterThan(10);
  });

  it('every link, script, stylesheet and form target on this site exists, and so does every #fragment', () => {
    expect(findBrokenLinks()).toEqual([]);
  });
});
