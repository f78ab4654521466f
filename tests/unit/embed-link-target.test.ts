import { describe, expect, it } from 'vitest';
import { staysInFrame } from '../../src/lib/embed/link-target';

const PAGE = 'https://site.example/embed/guidance/a/?accent=%23ff0000';

describe('links in an embed page', () => {
  it.each([
    ['#what-to-do', false],
    ['?accent=%23ff0000#what-to-do', false],
    ['https://site.example/embed/guidance/a/?accent=%23ff0000#x', false],
    ['blob:https://site.example/1234', true],
  ])('stay in the frame: %s (download: %s)', (href, download) => {
    expect(staysInFrame(href, PAGE, download)).toBe(true);
  });

  it.each([
    '/guidance/a/',
    '/guidance/a/#what-to-do',
    '/embed/guidance/a/#x',
    'https://ico.org.uk/#top',
    'https://site.example/privacy/',
    'mailto:dpo@schools.example',
  ])('open a new tab: %s', (href) => {
    expect(staysInFrame(href, PAGE, false)).toBe(false);
  });
});
