import type { Answers, AssessmentDefinition, AssessmentQuestion, AssessmentSection } from '../../schemas/assessment';
import { ACTION_STATUSES, type ActionStatus } from '../../schemas/result-format';
import { optionIdsOf } from '../../schemas/scales';
import { readOwn } from '../assessment/answers';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { checksumBytes } from './checksum';
import { cutText, normalizeSchoolName } from './school';

/** First part of every fragment this codec writes; a later codec would use v3. */
const CODEC = 'v2';

/** The first codec: answers only. Links made with it still open, without a school or statuses. */
const CODEC_ANSWERS_ONLY = 'v1';

/**
 * Longest school name a link carries. A link is pasted into emails and chat, where long ones get
 * cut; 80 characters holds any real school's name and keeps the link short.
 */
export const MAX_SHARED_SCHOOL_LENGTH = 80;

/** Shown for a link whose school name is longer than any this site writes. */
export const LONG_SCHOOL_LINK =
  'This share link names a school with a longer name than this site puts in a link, so it has not been opened. Ask the person who sent it for a new link.';

/** Bits per action status: 0 for none, then each of the three statuses. */
const STATUS_WIDTH = 2;

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

/** What a link shows besides the answers. Owners and due dates are left out: see `encodeShareFragment`. */
export interface SharedExtras {
  /** The school name; '' when the link has none (every link made before names were carried). */
  school: string;
  /** Per question id, the status of its action, where one was set. */
  statuses: Record<string, ActionStatus>;
}

export type ShareDecodeResult = ({ ok: true; answers: Answers } & SharedExtras) | { ok: false; error: string };

/**
 * The answers as a URL fragment (without the `#`), e.g. `v2.2.kSA.AAA.T2Fr.3q2Xcw`: codec,
 * assessment version, the answers, each action's status, the school name, and a checksum. Each
 * question in file order takes just enough bits for its answer's position (0 = unanswered,
 * 1 = first option, ...) and two bits for its action's status, so a 40-question checklist's answers
 * and statuses fit in about 35 characters. The school name (UTF-8, cut to 80 characters) is inside
 * the checksum, which also covers the assessment id, so a link only opens on the assessment it was
 * made for and nobody can change whose results it claims to be. Owners and due dates stay out:
 * they name staff, and a link travels further than the file (it is pasted into emails and chats);
 * they would also make it several times longer.
 */
export function encodeShareFragment(
  definition: AssessmentDefinition,
  assessmentId: string,
  answers: Answers,
  extras: Partial<SharedExtras> = {},
): string {
  const questions = questionsOf(definition);
  const indexes = questions.map((question) => {
    const answer = readOwn(answers, question.id);
    return answer === undefined ? 0 : optionIdsOf(question).indexOf(answer) + 1;
  });
  const statuses = questions.map((question) => {
    const status = readOwn(extras.statuses ?? {}, question.id);
    return status === undefined ? 0 : ACTION_STATUSES.indexOf(status) + 1;
  });
  const school = cutText(normalizeSchoolName(extras.school) ?? '', MAX_SHARED_SCHOOL_LENGTH).trimEnd();
  const body = [
    CODEC,
    definition.version,
    encodeBase64Url(packIndexes(indexes, widthsOf(definition))),
    encodeBase64Url(packIndexes(statuses, statusWidthsOf(definition))),
    encodeBase64Url(new TextEncoder().encode(school)),
  ].join('.');
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
  const [codec = ''] = parts;
  const partCount = codec === CODEC ? 6 : 4;
  if (codec !== CODEC && codec !== CODEC_ANSWERS_ONLY) {
    return /^v[1-9][0-9]*$/.test(codec) && Number(codec.slice(1)) > Number(CODEC.slice(1))
      ? {
          ok: false,
          error:
            'This share link was made by a newer version of this site. Reload the page to get the latest version, then open the link again.',
        }
      : damaged();
  }
  if (parts.length !== partCount) return damaged();
  const [, version = '', payload = '', statusPayload = '', schoolPayload = ''] = parts;
  const expected = checksumBytes(`${assessmentId}:${parts.slice(0, -1).join('.')}`);
  if (!/^[1-9][0-9]*$/.test(version) || !sameBytes(decodeBase64Url(parts.at(-1) ?? ''), expected)) return damaged();

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
  if (codec === CODEC_ANSWERS_ONLY) return { ok: true, answers, school: '', statuses: {} };
  const extras = decodeExtras(definition, statusPayload, schoolPayload);
  return 'error' in extras ? { ok: false, error: extras.error } : { ok: true, answers, ...extras };
}

/** The statuses and school name of a link whose checksum was right; an error if they still do not fit. */
function decodeExtras(
  definition: AssessmentDefinition,
  statusPayload: string,
  schoolPayload: string,
): SharedExtras | { error: string } {
  const statusBytes = decodeBase64Url(statusPayload);
  const indexes = statusBytes && unpackIndexes(statusBytes, statusWidthsOf(definition));
  const schoolBytes = decodeBase64Url(schoolPayload);
  if (!indexes || !schoolBytes) return { error: DAMAGED_LINK };
  const statuses: Record<string, ActionStatus> = {};
  for (const [position, question] of questionsOf(definition).entries()) {
    // Two bits hold 0 to 3: none, or one of the three statuses, so no value is out of range.
    const status = ACTION_STATUSES[(indexes[position] ?? 0) - 1];
    if (status) statuses[question.id] = status;
  }
  let school: string;
  try {
    school = new TextDecoder('utf-8', { fatal: true }).decode(schoolBytes);
  } catch {
    return { error: DAMAGED_LINK };
  }
  if (school.length > MAX_SHARED_SCHOOL_LENGTH) return { error: LONG_SCHOOL_LINK };
  return { school: normalizeSchoolName(school) ?? '', statuses };
}

function questionsOf(definition: AssessmentDefinition): AssessmentQuestion[] {
  const sections: readonly AssessmentSection[] = definition.sections;
  return sections.flatMap<AssessmentQuestion>((section) => section.questions);
}

/** Bits per question: enough for 0 (unanswered) up to the number of options. */
function widthsOf(definition: AssessmentDefinition): number[] {
  return questionsOf(definition).map((question) => optionIdsOf(question).length.toString(2).length);
}

function statusWidthsOf(definition: AssessmentDefinition): number[] {
  return questionsOf(definition).map(() => STATUS_WIDTH);
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
