import type { Tone } from '../../lib/dashboard/model';

/** A rating in words, with a coloured marker beside it that repeats what the words say. */
export function RatingText({ text, tone }: { text: string; tone?: Tone | undefined }) {
  return (
    <>
      {tone && <span class={`marker tone-${tone}`} aria-hidden="true" />}
      {text}
    </>
  );
}
