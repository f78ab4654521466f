import type { Answers, AssessmentDefinition, AssessmentQuestion, AssessmentSection } from '../../schemas/assessment';
import { optionIdsOf } from '../../schemas/scales';
import { readOwn } from '../assessment/answers';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { checksumBytes } from './checksum';

/** First part of every fragment this codec writes; a later codec would use v2. */
const CODEC = 'v1';

/** Shown for any link that does not check out: cut short by an email program, or edited. */
export const DAMAGED_LINK =
  'This share link is incomplete or has been changed, so its answers cannot be shown. Ask the person who sent it for the full link.';

/**
 * Longest fragment read at all. A 40-question checklist needs about 40 characters and even a
 * 1,000-question assessment fits in 600, so anything longer was not made here; refusing it before
 * decoding keeps a pasted megabyte from freezing the page.
 */
export const MAX_SHARE_FRAGMENT_LENGTH = 2000;

/** Shown for a fragment over that length. */
export const OVERSIZED_LINK =
  'This link is far longer than a share link made by this site, so it has not been opened. Ask the person who sent it for a new link.';

export type ShareDecodeResult = { ok: true; answers: Answers } | { ok: false; error: string };

/**
 * The answers as a URL fragment (without the `#`), e.g. `v1.2.kSA.3q2Xcw`: codec, assessment
 * version, the answers, and a checksum. Each question in file order takes just enough bits for its
 * answer's position (0 = unanswered, 1 = first option, ...), so a 40-question checklist fits in
 * about 20 characters. The checksum also covers the assessment id, so a link only opens on the
 * assessment it was made for.
 */
export function encodeShareFragment(definition: AssessmentDefinition, assessmentId: string, answers: Answers): string {
  const indexes = questionsOf(definition).map((question) => {
    const answer = readOwn(answers, question.id);
    return answer === undefined ? 0 : optionIdsOf(question).indexOf(answer) + 1;
  });
  const body = `${CODEC}.${definition.version}.${encodeBase64Url(packIndexes(indexes, widthsOf(definition)))}`;
  return `${body}.${encodeBase64Url(checksumBytes(`${assessmentId}:${body}`))}`;
}

/**
 * The answers in a fragment made by `encodeShareFragment`, or why they cannot be shown. Every part
 * must be exactly as written: a shortened or altered link is refused rather than half-read.
 */
export function decodeShareFragment(
  definition: AssessmentDefinition,
  assessmentId: string,
  fragment: string,
): ShareDecodeResult {
  if (fragment.length > MAX_SHARE_FRAGMENT_LENGTH) return { ok: false, error: OVERSIZED_LINK };
  const parts = fragment.replace(/^#/, '').split('.');
  if (parts.length !== 4) return damaged();
  const [codec = '', version = '', payload = '', checksum = ''] = parts;
  if (codec !== CODEC) {
    return /^v[1-9][0-9]*$/.test(codec) && Number(codec.slice(1)) > Number(CODEC.slice(1))
      ? {
          ok: false,
          error:
            'This share link was made by a newer version of this site. Reload the page to get the latest version, then open the link again.',
        }
      : damaged();
  }
  const expected = checksumBytes(`${assessmentId}:${codec}.${version}.${payload}`);
  if (!/^[1-9][0-9]*$/.test(version) || !sameBytes(decodeBase64Url(checksum), expected)) return damaged();

  if (Number(version) !== definition.version) {
    const error =
      Number(version) < definition.version
        ? 'This share link was made for an earlier version of this assessment, and the questions have changed since, so its answers cannot be read reliably. Ask the person who sent it for a new link.'
        : 'This share link was made for a newer version of this assessment than this page has, so its answers cannot be read reliably. Reload the page to get the latest version, then open the link again.';
    return { ok: false, error };
  }
  const bytes = decodeBase64Url(payload);
  const indexes = bytes && unpackIndexes(bytes, widthsOf(definition));
  if (!indexes) return damaged();

  const answers: Answers = {};
  const questions = questionsOf(definition);
  for (const [position, question] of questions.entries()) {
    const index = indexes[position] ?? 0;
    const options = optionIdsOf(question);
    if (index > options.length) return damaged();
    if (index > 0) answers[question.id] = options[index - 1] ?? '';
  }
  return { ok: true, answers };
}

/** True when a fragment is meant to be a share link, rather than a jump to a heading. */
export function looksLikeShareFragment(fragment: string): boolean {
  return /^#?v[0-9]+\./.test(fragment);
}

function questionsOf(definition: AssessmentDefinition): AssessmentQuestion[] {
  const sections: readonly AssessmentSection[] = definition.sections;
  return sections.flatMap<AssessmentQuestion>((section) => section.questions);
}

/** Bits per question: enough for 0 (unanswered) up to the number of options. */
function widthsOf(definition: AssessmentDefinition): number[] {
  return questionsOf(definition).map((question) => optionIdsOf(question).length.toString(2).length);
}

function packIndexes(indexes: readonly number[], widths: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(sum(widths) / 8));
  let bit = 0;
  indexes.forEach((index, position) => {
    const width = widths[position] ?? 0;
    for (let b = width - 1; b >= 0; b -= 1, bit += 1) {
      if ((index >> b) & 1) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
    }
  });
  return bytes;
}

/** The indexes, or null when the byte count is wrong or the padding bits are not zero. */
function unpackIndexes(bytes: Uint8Array, widths: readonly number[]): number[] | null {
  const total = sum(widths);
  if (bytes.length !== Math.ceil(total / 8)) return null;
  const readBit = (bit: number) => ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
  for (let bit = total; bit < bytes.length * 8; bit += 1) if (readBit(bit)) return null;
  let bit = 0;
  return widths.map((width) => {
    let index = 0;
    for (let b = 0; b < width; b += 1, bit += 1) index = (index << 1) | readBit(bit);
    return index;
  });
}

function sameBytes(a: Uint8Array | null, b: Uint8Array): boolean {
  return a !== null && a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function damaged(): ShareDecodeResult {
  return { ok: false, error: DAMAGED_LINK };
}
