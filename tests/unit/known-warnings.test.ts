import { describe, expect, it } from 'vitest';
import { isAstroHeadInjectWarning } from '../../src/lib/build/known-warnings';

describe("the bundler's warnings left out of the build log", () => {
  it("are only those about Astro's head-inject directive in MDX modules", () => {
    expect(
      isAstroHeadInjectWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "content/articles/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      }),
    ).toBe(true);
  });

  it.each([
    [
      'another directive',
      'MODULE_LEVEL_DIRECTIVE',
      'The semantics of the module level directive "use client" in "src/a.ts" may not be preserved when bundling.',
    ],
    [
      'another kind of warning naming the directive',
      'CIRCULAR_DEPENDENCY',
      'Circular dependency around "use astro:head-inject"',
    ],
    ['a warning without a code', undefined, 'something about "use astro:head-inject"'],
  ])('keeps %s', (_, code, message) => {
    expect(isAstroHeadInjectWarning({ code, message })).toBe(false);
  });
});
