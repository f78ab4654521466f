import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, contrastText, parseAccent, readAccentFromSearch } from '../../src/lib/embed/accent';

const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF');
const hexColour = fc
  .oneof(
    fc.string({ unit: hexDigit, minLength: 3, maxLength: 3 }),
    fc.string({ unit: hexDigit, minLength: 6, maxLength: 6 }),
  )
  .map((digits) => `#${digits}`);

describe('parseAccent', () => {
  it.each([
    ['#fff', '#fff'],
    ['#FFF', '#fff'],
    ['#aBc', '#abc'],
    ['#1D4E89', '#1d4e89'],
    ['#000000', '#000000'],
  ])('accepts %s as %s', (value, accent) => {
    expect(parseAccent(value)).toBe(accent);
  });

  it('accepts every #rgb and #rrggbb, lower-cased', () => {
    fc.assert(
      fc.property(hexColour, (value) => {
        expect(parseAccent(value)).toBe(value.toLowerCase());
      }),
    );
  });

  it.each<[string, string | null | undefined]>([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['a named colour', 'red'],
    ['hex without #', 'ffffff'],
    ['two digits', '#ff'],
    ['four digits', '#ffff'],
    ['five digits', '#12345'],
    ['seven digits', '#1234567'],
    ['eight digits (alpha)', '#ffffff80'],
    ['non-hex digits', '#ggg'],
    ['a leading space', ' #fff'],
    ['a trailing space', '#fff '],
    ['a trailing newline', '#fff\n'],
    ['a trailing NUL', '#fff\u0000'],
    ['a full-width #', '\uFF03fff'],
    ['full-width digits', '#\uFF11\uFF12\uFF13'],
    ['rgb()', 'rgb(255, 0, 0)'],
    ['url()', 'url(https://evil.example/x.png)'],
    ['a CSS injection', 'red;background:url(x)'],
    ['a hex colour followed by CSS', '#fff;background:url(x)'],
    ['a hex colour followed by a brace', '#fff}body{display:none'],
    ['an undecoded %23', '%23fff'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a CSS variable', 'var(--accent)'],
    ['a CSS keyword', 'inherit'],
  ])('rejects %s', (_name, value) => {
    expect(parseAccent(value)).toBeNull();
  });
});

describe('readAccentFromSearch', () => {
  it.each<[string, string | null]>([
    ['?accent=%23ff0000', '#ff0000'],
    ['?accent=%23FFF', '#fff'],
    ['accent=%231d4e89', '#1d4e89'],
    ['?theme=dark&accent=%23abc', '#abc'],
    ['?accent=%23fff&accent=%23000', '#fff'],
    ['', null],
    ['?other=%23fff', null],
    ['?accent=red', null],
    ['?accent=', null],
    ['?accent=%2523fff', null],
    ['?accent=+%23fff', null],
    ['?accent=%23fff%3Bbackground:url(x)', null],
    ['?accent=javascript:alert(1)', null],
  ])('reads %j as %s', (search, accent) => {
    expect(readAccentFromSearch(search)).toBe(accent);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black and white and 1 for a colour with itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#1d4e89', '#1d4e89')).toBe(1);
  });

  it('matches published WCAG values', () => {
    // WebAIM's contrast checker: #777777 on white is 4.48:1, #767676 on white 4.54:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('reads #rgb as #rrggbb', () => {
    expect(contrastRatio('#abc', '#000')).toBe(contrastRatio('#aabbcc', '#000000'));
  });

  it('does not depend on the order of the colours', () => {
    fc.assert(
      fc.property(hexColour, hexColour, (a, b) => {
        expect(contrastRatio(a, b)).toBe(contrastRatio(b, a));
      }),
    );
  });

  it('refuses something that is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(RangeError);
  });
});

describe('contrastText', () => {
  it.each([
    ['#ffffff', '#000000'],
    ['#000', '#ffffff'],
    ['#1d4e89', '#ffffff'],
    ['#9cc3ff', '#000000'],
    ['#ffff00', '#000000'],
    ['#0000ff', '#ffffff'],
  ])('puts %s with %s', (accent, text) => {
    expect(contrastText(accent)).toBe(text);
  });

  it('always picks the more readable one, which always meets WCAG AA for text (4.5:1)', () => {
    fc.assert(
      fc.property(hexColour, (accent) => {
        const chosen = contrastRatio(accent, contrastText(accent));
        const other = contrastRatio(accent, contrastText(accent) === '#000000' ? '#ffffff' : '#000000');
        expect(chosen).toBeGreaterThanOrEqual(other);
        expect(chosen).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });
});
