import { describe, expect, it } from 'vitest';
import { createAddresses, normaliseBase } from '../../src/lib/site/addresses';

describe('site addresses', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['guidance-hub', '/guidance-hub/'],
    ['/guidance-hub', '/guidance-hub/'],
    ['/guidance-hub/', '/guidance-hub/'],
    ['/trust/guidance/', '/trust/guidance/'],
  ])('base %j is written %j', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });

  const root = createAddresses('/');
  const sub = createAddresses('/guidance-hub/');

  it('at the root of a domain, are the paths themselves', () => {
    expect(root.page('/')).toBe('/');
    expect(root.article('a')).toBe('/guidance/a/');
    expect(root.guidance('a#what-to-do')).toBe('/guidance/a/#what-to-do');
    expect(root.embed('/assessments/b/')).toBe('/embed/assessments/b/');
    expect(root.embedCode('/guidance/a/')).toBe('/embed-this/?page=guidance/a');
    expect(root.oembed('/guidance/a/')).toBe('/oembed/guidance/a.json');
    expect(root.dashboardDefinitions()).toBe('/trust-dashboard/definitions.json');
  });

  it('in a sub-folder, all start with it', () => {
    expect(sub.page('/')).toBe('/guidance-hub/');
    expect(sub.page('/search/?q=backup')).toBe('/guidance-hub/search/?q=backup');
    expect(sub.page('/pagefind/pagefind.js')).toBe('/guidance-hub/pagefind/pagefind.js');
    expect(sub.article('a')).toBe('/guidance-hub/guidance/a/');
    expect(sub.assessment('b')).toBe('/guidance-hub/assessments/b/');
    expect(sub.area('c')).toBe('/guidance-hub/areas/c/');
    expect(sub.guidance('a#what-to-do')).toBe('/guidance-hub/guidance/a/#what-to-do');
    expect(sub.embed('/guidance/a/')).toBe('/guidance-hub/embed/guidance/a/');
    expect(sub.embedCode('/assessments/b/')).toBe('/guidance-hub/embed-this/?page=assessments/b');
    expect(sub.oembed('/assessments/b/')).toBe('/guidance-hub/oembed/assessments/b.json');
    expect(sub.dashboardDefinitions()).toBe('/guidance-hub/trust-dashboard/definitions.json');
  });

  it('turn an address back into the path within the site, or null outside it', () => {
    expect(sub.pathWithin('/guidance-hub/embed/guidance/a/')).toBe('/embed/guidance/a/');
    expect(sub.pathWithin('/guidance-hub/')).toBe('/');
    expect(sub.pathWithin('/other/page/')).toBeNull();
    expect(root.pathWithin('/guidance/a/')).toBe('/guidance/a/');
  });

  it('refuse a path that is not within the site', () => {
    expect(() => sub.page('guidance/a/')).toThrow(/starts with "\/"/);
  });
});
