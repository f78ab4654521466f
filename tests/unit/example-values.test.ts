import { describe, expect, it } from 'vitest';
import { findExampleValues } from '../../src/lib/site/example-values';

const own = {
  url: 'https://guidance.trust.org.uk',
  contact: { name: 'DPO', email: 'dpo@trust.org.uk', phone: '01632 960001' },
};

describe('example values in site.yaml', () => {
  it('finds none in a trust’s own settings', () => {
    expect(findExampleValues(own)).toEqual([]);
  });

  it('names each field that still has the shipped example value', () => {
    expect(
      findExampleValues({
        url: 'https://bestpractice.schools.example',
        contact: { name: 'DPO', email: 'dpo@schools.example', phone: '01234 567890' },
      }),
    ).toEqual([
      'url: https://bestpractice.schools.example (an example domain; or set SITE_URL)',
      'contact.email: dpo@schools.example (an example domain)',
      'contact.phone: 01234 567890 (the example number)',
    ]);
  });

  it.each(['https://example.com', 'https://www.example.org', 'https://site.test', 'https://a.invalid'])(
    'treats %s as an example address',
    (url) => {
      expect(findExampleValues({ ...own, url })).toHaveLength(1);
    },
  );

  it('does not mistake look-alikes for examples', () => {
    const lookalikes = {
      ...own,
      url: 'https://example.school.org.uk',
      contact: { ...own.contact, email: 'a@myexample.com', phone: '012345 67891' },
    };
    expect(findExampleValues(lookalikes)).toEqual([]);
  });
});
