/** `#rgb` or `#rrggbb`, nothing around it: the only accent values a URL may set. */
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * Returns the accent colour, lower-cased, or null for anything that is not a plain hex colour.
 * The value ends up in CSS, so being this strict is what stops `red;background:url(...)` and friends.
 */
export function parseAccent(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || !HEX_COLOUR.test(value)) return null;
  return value.toLowerCase();
}

/** The accent from a URL query string such as `?accent=%23ff0000`, or null. */
export function readAccentFromSearch(search: string): string | null {
  return parseAccent(new URLSearchParams(search).get('accent'));
}

/** WCAG 2 contrast ratio between two hex colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever reads better on the accent: keeps a trust's buttons legible. */
export function contrastText(accent: string): '#000000' | '#ffffff' {
  return contrastRatio(accent, '#000000') > contrastRatio(accent, '#ffffff') ? '#000000' : '#ffffff';
}

/** WCAG 2 relative luminance of a hex colour. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = readChannels(hex);
  return 0.2126 * linearise(r) + 0.7152 * linearise(g) + 0.0722 * linearise(b);
}

/** An sRGB channel (0-255) as linear light (0-1). */
function linearise(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The red, green and blue channels (0-255) of `#rgb` or `#rrggbb`. */
function readChannels(hex: string): [number, number, number] {
  const colour = parseAccent(hex);
  if (colour === null) throw new RangeError(`not a hex colour: ${JSON.stringify(hex)}`);
  const full = colour.length === 4 ? colour.replace(/[0-9a-f]/g, '$&$&') : colour;
  const channel = (start: number) => Number.parseInt(full.slice(start, start + 2), 16);
  return [channel(1), channel(3), channel(5)];
}
