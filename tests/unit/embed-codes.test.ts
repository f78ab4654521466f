import { describe, expect, it } from 'vitest';
import { buildEmbedCodes } from '../../src/lib/embed/embed-codes';
import { chosenPageQuery } from '../../src/lib/embed/chosen-page';
import { readChosenPage, readOembedTitle } from '../../src/lib/embed/read-chosen-page';

describe('buildEmbedCodes', () => {
  // Written out by hand: the card goes to /embed/card/<page>/ at the card's 240 px, the frames to
  // /embed/<page>/ at the height given, and only the snippet for a site you control has embed.js.
  it('gives the card, the frame with embed.js and the frame alone for one page, in a sub-folder', () => {
    expect(
      buildEmbedCodes({
        siteUrl: 'https://trust.example/guidance-hub/',
        fullPath: '/guidance/when-staff-leave/',
        title: 'When staff leave',
        height: 900,
      }),
    ).toEqual({
      card:
        '<iframe src="https://trust.example/guidance-hub/embed/card/guidance/when-staff-leave/" title="When staff leave" ' +
        'width="640" height="240" style="border:0;width:100%" loading="lazy"></iframe>',
      withScript:
        '<iframe src="https://trust.example/guidance-hub/embed/guidance/when-staff-leave/" title="When staff leave" ' +
        'width="640" height="900" style="border:0;width:100%" loading="lazy"></iframe>\n' +
        '<script src="https://trust.example/guidance-hub/embed.js" async></script>',
      plain:
        '<iframe src="https://trust.example/guidance-hub/embed/guidance/when-staff-leave/" title="When staff leave" ' +
        'width="640" height="900" style="border:0;width:100%" loading="lazy"></iframe>',
    });
  });

  it('escapes a title that would end the attribute', () => {
    const codes = buildEmbedCodes({
      siteUrl: 'https://s.example/',
      fullPath: '/assessments/b/',
      title: 'A "B"',
      height: 600,
    });
    expect(codes.card).toContain('title="A &quot;B&quot;"');
  });
});

describe('the page an embed-code address names', () => {
  it('is written as the full page path without its slashes', () => {
    expect(chosenPageQuery('/guidance/when-staff-leave/')).toBe('page=guidance/when-staff-leave');
    expect(chosenPageQuery('/assessments/messaging-risk/')).toBe('page=assessments/messaging-risk');
  });

  it('refuses to write a page that cannot be embedded', () => {
    expect(() => chosenPageQuery('/search/')).toThrow(RangeError);
    expect(() => chosenPageQuery('/guidance/a/b/')).toThrow(RangeError);
  });

  it('is read back from the query, with or without slashes', () => {
    expect(readChosenPage('?page=guidance/when-staff-leave')).toEqual({
      kind: 'page',
      fullPath: '/guidance/when-staff-leave/',
    });
    expect(readChosenPage('?page=%2Fassessments%2Fmessaging-risk%2F')).toEqual({
      kind: 'page',
      fullPath: '/assessments/messaging-risk/',
    });
  });

  it('is none when the query names no page', () => {
    expect(readChosenPage('')).toEqual({ kind: 'none' });
    expect(readChosenPage('?page=')).toEqual({ kind: 'none' });
    expect(readChosenPage('?accent=%23005ea5')).toEqual({ kind: 'none' });
  });

  it.each([['?page=search'], ['?page=guidance/../privacy'], ['?page=guidance/Upper-Case'], ['?page=embed/guidance/a']])(
    '%s is refused with a message saying what to do',
    (search) => {
      const chosen = readChosenPage(search);
      expect(chosen.kind).toBe('invalid');
      expect(chosen.kind === 'invalid' && chosen.message).toMatch(
        /is not a page that can be embedded\. Use the “Embed this” link/,
      );
    },
  );

  it('quotes at most 100 characters of what it was given', () => {
    const chosen = readChosenPage(`?page=${'x'.repeat(500)}<`);
    // 100 x's between the quotes, then the rest of the sentence.
    expect(chosen.kind === 'invalid' && chosen.message.startsWith(`“${'x'.repeat(100)}”`)).toBe(true);
  });
});

describe('readOembedTitle', () => {
  it('reads the title of an oEmbed file this site writes', () => {
    expect(readOembedTitle({ version: '1.0', type: 'rich', title: ' When staff leave ' })).toBe('When staff leave');
  });

  it.each([[null], [[]], [{ title: 'No version' }], [{ version: '1.0', title: '' }], [{ version: '1.0', title: 3 }]])(
    'is null for %j',
    (value) => {
      expect(readOembedTitle(value)).toBeNull();
    },
  );
});
