import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DAMAGED_LINK,
  decodeShareFragment,
  encodeShareFragment,
  LONG_SCHOOL_LINK,
  OVERSIZED_LINK,
} from '../../src/lib/results/share-link';
import { looksLikeShareFragment } from '../../src/lib/results/share-fragment';
import { normalizeSchoolName } from '../../src/lib/results/school';
import { ACTION_STATUSES } from '../../src/schemas/result-format';
import { decodeBase64Url, encodeBase64Url } from '../../src/lib/results/base64url';
import { checksumBytes } from '../../src/lib/results/checksum';
import { assessmentSchema } from '../../src/schemas/assessment';
import { answersFor } from '../helpers/answers';
import { FIXTURES, loadDefinition, readDefinition } from '../helpers/definitions';

const checklist = loadDefinition('checklist', FIXTURES);
const risk = loadDefinition('risk', FIXTURES);
const CHECKLIST_ID = 'cyber-security-checklist';
const RISK_ID = 'messaging-risk';
const kinds = [
  ['checklist', CHECKLIST_ID, checklist],
  ['risk', RISK_ID, risk],
] as const;

const URL_SAFE = /^[A-Za-z0-9._-]+$/;
const FRAGMENT_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#%~é'];

describe('share fragments round-trip', () => {
  it.each(kinds)('gives back exactly the answers for a %s', (_, id, definition) => {
    fc.assert(
      fc.property(answersFor(definition), (answers) => {
        const fragment = encodeShareFragment(definition, id, answers);
        expect(fragment).toMatch(URL_SAFE);
        const opened = { ok: true, answers, school: '', statuses: {} };
        expect(decodeShareFragment(definition, id, fragment)).toEqual(opened);
        expect(decodeShareFragment(definition, id, `#${fragment}`)).toEqual(opened);
      }),
    );
  });

  it('gives back the school name and each action’s status with the answers', () => {
    const questionIds = checklist.sections.flatMap((section) => section.questions.map((question) => question.id));
    fc.assert(
      fc.property(
        answersFor(checklist),
        fc.string({ maxLength: 80 }),
        fc.dictionary(fc.constantFrom(...questionIds), fc.constantFrom(...ACTION_STATUSES)),
        (answers, school, statuses) => {
          const fragment = encodeShareFragment(checklist, CHECKLIST_ID, answers, { school, statuses });
          expect(fragment).toMatch(URL_SAFE);
          expect(decodeShareFragment(checklist, CHECKLIST_ID, fragment)).toEqual({
            ok: true,
            answers,
            school: normalizeSchoolName(school) ?? '',
            statuses,
          });
        },
      ),
    );
  });

  it('writes a school name in any script, and statuses two bits a question', () => {
    const fragment = encodeShareFragment(
      checklist,
      CHECKLIST_ID,
      {},
      {
        school: 'Ysgol Gymraeg – école 😀',
        statuses: { 'two-step': 'done' },
      },
    );
    // 7 questions x 2 bits = 14 bits = 2 bytes; "done" is status 3, binary 11, in the first two bits:
    // 1100 0000 0000 0000 = 0xC0 0x00, which base64url writes as "wAA".
    const [, , , statuses, school] = fragment.split('.');
    expect(statuses).toBe('wAA');
    expect(new TextDecoder().decode(decodeBase64Url(school ?? '') ?? new Uint8Array())).toBe(
      'Ysgol Gymraeg – école 😀',
    );
    expect(decodeShareFragment(checklist, CHECKLIST_ID, fragment)).toMatchObject({
      ok: true,
      school: 'Ysgol Gymraeg – école 😀',
      statuses: { 'two-step': 'done' },
    });
  });

  it('cuts a school name to the 80 characters a link carries', () => {
    const fragment = encodeShareFragment(checklist, CHECKLIST_ID, {}, { school: 'A'.repeat(100) });
    expect(decodeShareFragment(checklist, CHECKLIST_ID, fragment)).toMatchObject({ ok: true, school: 'A'.repeat(80) });
  });

  it('still opens a link made before links carried a school name (codec v1), with none', () => {
    // Made by the v1 encoder: "two-step" answered Yes. It offers no Not applicable, so it takes the
    // first 2 bits: Yes is position 1, 01 then zeros = 0x40 0 0 = "QAAA".
    const body = 'v1.2.QAAA';
    const fragment = `${body}.${encodeBase64Url(checksumBytes(`${CHECKLIST_ID}:${body}`))}`;
    expect(decodeShareFragment(checklist, CHECKLIST_ID, fragment)).toEqual({
      ok: true,
      answers: { 'two-step': 'yes' },
      school: '',
      statuses: {},
    });
  });

  it('is compact: codec, version, a few characters per handful of answers, and a checksum', () => {
    const fragment = encodeShareFragment(checklist, CHECKLIST_ID, {
      'two-step': 'yes',
      leavers: 'no',
      'cloud-settings': 'na',
    });
    // 4 questions offer Yes, Partly, No: 2 bits each for 0-3; 3 also offer Not applicable: 3 bits
    // each for 0-4. 8 + 9 = 17 bits = 3 bytes = 4 characters; statuses 7 x 2 bits = 2 bytes = 3
    // characters; no school name, nothing; the checksum is 4 bytes = 6 characters.
    expect(fragment).toMatch(/^v2\.2\.[A-Za-z0-9_-]{4}\.[A-Za-z0-9_-]{3}\.\.[A-Za-z0-9_-]{6}$/);
  });

  it('leaves out answers that are not options, and questions the definition does not have', () => {
    const fragment = encodeShareFragment(checklist, CHECKLIST_ID, { 'two-step': 'maybe', gone: 'yes', leavers: 'no' });
    expect(decodeShareFragment(checklist, CHECKLIST_ID, fragment)).toEqual({
      ok: true,
      answers: { leavers: 'no' },
      school: '',
      statuses: {},
    });
  });

  it('tells a share link apart from a jump to a heading', () => {
    expect(looksLikeShareFragment(`#${encodeShareFragment(risk, RISK_ID, {})}`)).toBe(true);
    expect(looksLikeShareFragment('#results')).toBe(false);
    expect(looksLikeShareFragment('#v1-heading')).toBe(false);
  });
});

describe('share fragments refuse damaged links', () => {
  const damaged = { ok: false, error: DAMAGED_LINK };

  it.each(kinds)('refuses every truncation of a %s link', (_, id, definition) => {
    fc.assert(
      fc.property(answersFor(definition), fc.nat(), (answers, cut) => {
        const fragment = encodeShareFragment(definition, id, answers);
        const shorter = fragment.slice(0, cut % fragment.length);
        expect(decodeShareFragment(definition, id, shorter)).toEqual(damaged);
      }),
    );
  });

  it.each(kinds)('refuses a %s link with any one character changed, removed or added', (_, id, definition) => {
    fc.assert(
      fc.property(
        answersFor(definition),
        fc.nat(),
        fc.constantFrom(...FRAGMENT_CHARS),
        fc.constantFrom('change', 'remove', 'add'),
        (answers, at, char, edit) => {
          const fragment = encodeShareFragment(definition, id, answers);
          const i = at % fragment.length;
          if (edit === 'change') fc.pre(fragment[i] !== char);
          // A leading # is how the link arrives from location.hash, so it is not a change.
          if (edit === 'add') fc.pre(!(i === 0 && char === '#'));
          const altered =
            edit === 'change'
              ? fragment.slice(0, i) + char + fragment.slice(i + 1)
              : edit === 'remove'
                ? fragment.slice(0, i) + fragment.slice(i + 1)
                : fragment.slice(0, i) + char + fragment.slice(i);
          const result = decodeShareFragment(definition, id, altered);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses a link made for another assessment, since the checksum covers the id', () => {
    const fragment = encodeShareFragment(checklist, CHECKLIST_ID, {});
    expect(decodeShareFragment(checklist, 'another-checklist', fragment)).toEqual(damaged);
  });

  it('refuses a re-signed link whose answers are out of range or whose padding is not zero', () => {
    const sign = (body: string) => `${body}.${encodeBase64Url(checksumBytes(`${CHECKLIST_ID}:${body}`))}`;
    // Bits 1-2 are two-step, 3-4 leavers, 5-7 admin-accounts: 0000 111 0 puts answer position 7
    // in admin-accounts, which has 4 options.
    expect(
      decodeShareFragment(checklist, CHECKLIST_ID, sign(`v1.2.${encodeBase64Url(new Uint8Array([0x0e, 0, 0]))}`)),
    ).toEqual(damaged);
    // 17 bits are used; the last 7 must be zero.
    expect(
      decodeShareFragment(checklist, CHECKLIST_ID, sign(`v1.2.${encodeBase64Url(new Uint8Array([0, 0, 1]))}`)),
    ).toEqual(damaged);
    expect(
      decodeShareFragment(checklist, CHECKLIST_ID, sign(`v1.2.${encodeBase64Url(new Uint8Array([0, 0]))}`)),
    ).toEqual(damaged);
    expect(
      // 01 in two-step's two bits is its first option.
      decodeShareFragment(checklist, CHECKLIST_ID, sign(`v1.2.${encodeBase64Url(new Uint8Array([0x40, 0, 0]))}`)),
    ).toEqual({
      ok: true,
      answers: { 'two-step': 'yes' },
      school: '',
      statuses: {},
    });
  });

  it('refuses a link whose school name was changed, since the checksum covers it', () => {
    const fragment = encodeShareFragment(checklist, CHECKLIST_ID, { leavers: 'no' }, { school: 'Oak School' });
    const parts = fragment.split('.');
    parts[4] = encodeBase64Url(new TextEncoder().encode('Elm School'));
    expect(decodeShareFragment(checklist, CHECKLIST_ID, parts.join('.'))).toEqual(damaged);
  });

  it('refuses a re-signed link whose school name is over 80 characters, or whose status is out of range', () => {
    const sign = (body: string) => `${body}.${encodeBase64Url(checksumBytes(`${CHECKLIST_ID}:${body}`))}`;
    const school = (name: string) => encodeBase64Url(new TextEncoder().encode(name));
    const noAnswers = encodeBase64Url(new Uint8Array(3));
    const noStatuses = encodeBase64Url(new Uint8Array(2));
    expect(
      decodeShareFragment(checklist, CHECKLIST_ID, sign(`v2.2.${noAnswers}.${noStatuses}.${school('A'.repeat(81))}`)),
    ).toEqual({
      ok: false,
      error: LONG_SCHOOL_LINK,
    });
    expect(
      decodeShareFragment(checklist, CHECKLIST_ID, sign(`v2.2.${noAnswers}.${noStatuses}.${school('A'.repeat(80))}`)),
    ).toMatchObject({
      ok: true,
      school: 'A'.repeat(80),
    });
    // Status 0 to 3 fits two bits, so no value is out of range; bytes that are not UTF-8 are.
    expect(
      decodeShareFragment(
        checklist,
        CHECKLIST_ID,
        sign(`v2.2.${noAnswers}.${noStatuses}.${encodeBase64Url(new Uint8Array([0xff]))}`),
      ),
    ).toEqual(damaged);
    // 14 bits are used; the last 2 must be zero.
    expect(
      decodeShareFragment(
        checklist,
        CHECKLIST_ID,
        sign(`v2.2.${noAnswers}.${encodeBase64Url(new Uint8Array([0, 1]))}.`),
      ),
    ).toEqual(damaged);
  });

  it.each([
    ['a megabyte re-signed so its checksum is right', 1024 * 1024],
    ['one character over the limit', 2001],
  ])('refuses a link that is %s, before decoding it', (_, length) => {
    const body = `v1.2.${'A'.repeat(length - 12)}`;
    const fragment = `${body}.${encodeBase64Url(checksumBytes(`${CHECKLIST_ID}:${body}`))}`;
    expect(fragment.length).toBe(length);
    expect(decodeShareFragment(checklist, CHECKLIST_ID, fragment)).toEqual({ ok: false, error: OVERSIZED_LINK });
  });

  it('still reads a link of up to 2,000 characters', () => {
    expect(decodeShareFragment(checklist, CHECKLIST_ID, `v1.2.${'A'.repeat(1990)}.AAAA`)).toEqual(damaged);
  });

  it.each(['', '#', 'v1', 'v1.2.AAAA', 'v1.2.AAAA.AAAAAA.x', 'hello world'])('refuses %j', (fragment) => {
    expect(decodeShareFragment(checklist, CHECKLIST_ID, fragment)).toEqual(damaged);
  });
});

describe('share fragments across versions', () => {
  const changed = assessmentSchema.parse({ ...readDefinition('checklist', FIXTURES), version: 3 });

  it('refuses a link made for an earlier version of the assessment, saying why', () => {
    const fragment = encodeShareFragment(checklist, CHECKLIST_ID, { 'two-step': 'yes' });
    const result = decodeShareFragment(changed, CHECKLIST_ID, fragment);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^This share link was made for an earlier version of this assessment/),
    });
  });

  it('refuses a link made for a newer version of the assessment', () => {
    const fragment = encodeShareFragment(changed, CHECKLIST_ID, {});
    expect(decodeShareFragment(checklist, CHECKLIST_ID, fragment)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/a newer version of this assessment/),
    });
  });

  it('refuses a link from a newer codec with its own message', () => {
    expect(decodeShareFragment(checklist, CHECKLIST_ID, 'v3.2.AAAA.AAA..AAAAAA')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/made by a newer version of this site/),
    });
  });
});

describe('decoding a link never touches storage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('whether the link is refused or read', () => {
    const touched: string[] = [];
    const spy = new Proxy({}, { get: (_, key) => touched.push(String(key)) });
    vi.stubGlobal('localStorage', spy);
    vi.stubGlobal('sessionStorage', spy);
    const fragment = encodeShareFragment(checklist, CHECKLIST_ID, { leavers: 'no' });
    decodeShareFragment(checklist, CHECKLIST_ID, fragment);
    decodeShareFragment(checklist, CHECKLIST_ID, fragment.slice(0, -1));
    expect(touched).toEqual([]);
  });
});

describe('base64url', () => {
  it('matches Node’s encoder and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it.each([
    ['unused low bits set', 'AB'],
    ['an impossible length', 'AAAAA'],
    ['padding', 'AA=='],
    ['standard base64 characters', 'a+/a'],
  ])('refuses %s', (_, text) => {
    expect(decodeBase64Url(text)).toBeNull();
  });
});

describe('checksumBytes', () => {
  it('changes whenever exactly one character changes', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.integer({ min: 0, max: 0xffff }),
        (text, at, code) => {
          const i = at % text.length;
          fc.pre(text.charCodeAt(i) !== code);
          const altered = text.slice(0, i) + String.fromCharCode(code) + text.slice(i + 1);
          expect(checksumBytes(altered)).not.toEqual(checksumBytes(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
