import { describe, expect, it } from 'vitest';
import { headingTag } from '../../src/lib/assessment/heading-tag';

describe('headingTag', () => {
  it('nests under an assessment on its own page (h2) and inside an article (h3)', () => {
    expect([headingTag(2), headingTag(2, 1), headingTag(2, 2)]).toEqual(['h2', 'h3', 'h4']);
    expect([headingTag(3), headingTag(3, 1), headingTag(3, 2)]).toEqual(['h3', 'h4', 'h5']);
  });
});
