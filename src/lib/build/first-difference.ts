/** Islands' `uid` attributes, which Astro draws at random for every render. */
const ISLAND_UID = / uid="[^"]*"/g;

/**
 * Where a file written from a page first differs from the one Astro rendered for the same page,
 * islands' random ids aside, or null when they are the same. The build compares its patterns so:
 * a layout change a transform does not follow stops the build instead of shipping.
 */
export function firstDifference(written: string, rendered: string): string | null {
  const [a, b] = [written.replace(ISLAND_UID, ''), rendered.replace(ISLAND_UID, '')];
  if (a === b) return null;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  return `at character ${at}, the written file has ${around(a)} where Astro rendered ${around(b)}`;
}
