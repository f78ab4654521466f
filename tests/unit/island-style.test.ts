import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '../../src/lib/build/island-style';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe("Astro's island style", () => {
  it('moves from the body to the end of the head', () => {
    expect(
      hoistIslandStyle(
        `<html><head><title>t</title></head><body><div>${STYLE}<astro-island></astro-island></div></body></html>`,
      ),
    ).toBe(`<html><head><title>t</title>${STYLE}</head><body><div><astro-island></astro-island></div></body></html>`);
  });

  it('leaves pages without islands, or with the style in the head already, as they are', () => {
    const plain = '<html><head></head><body><p>x</p></body></html>';
    const done = `<html><head>${STYLE}</head><body></body></html>`;
    expect(hoistIslandStyle(plain)).toBe(plain);
    expect(hoistIslandStyle(done)).toBe(done);
  });
});
