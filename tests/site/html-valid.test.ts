import { HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listPages, readPage, readText } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

// The standard preset, unchanged: every rule it turns on holds on every page.
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

const describeMessages = (where: string, messages: Message[]) =>
  messages.map((message) => `${where}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);

describe('valid HTML', () => {
  const pages = listPages();

  it.each(pages)('%s passes html-validate', async (page) => {
    const report = await validator.validateString(readText(page), page);
    expect(report.results.flatMap((result) => describeMessages(page, result.messages))).toEqual([]);
  });

  it('every embed code a trust copies is valid HTML too', async () => {
    const snippets = pages
      .filter((page) => page.startsWith('/embed-this/'))
      .flatMap((page) =>
        readPage(page)
          .querySelectorAll('textarea.snippet')
          .map((area) => ({ page, code: area.text })),
      );
    expect(snippets.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { page, code } of snippets) {
      const report = await validator.validateString(code, `${page} snippet`);
      problems.push(...report.results.flatMap((result) => describeMessages(`${page} snippet`, result.messages)));
    }
    expect(problems).toEqual([]);
  });
});
