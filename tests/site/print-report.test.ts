import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readPage } from '../../scripts/lib/dist';
import { printRules } from '../helpers/print-css';

beforeAll(assertBuilt);

// What printing the checklist gives, read from the built page's own (inlined) stylesheets. The
// browser test (tests/browser/print-report.test.ts) prints a filled-in checklist; this one checks
// the rules themselves, including what only shows on an unanswered page.
const page = readPage('/assessments/cyber-security-checklist/');
const rules = printRules(
  page
    .querySelectorAll('style')
    .map((style) => style.text)
    .join('\n'),
);
const hiding = rules.filter((rule) => /display:none/.test(rule.declarations));
// Selectors node-html-parser can match: no pseudo-classes (:has, :is, :not) or pseudo-elements.
const hidingSelectors = hiding.flatMap((rule) => rule.selectors).filter((selector) => !selector.includes(':'));
const isHidden = (element: HTMLElement) => hidingSelectors.some((selector) => element.closest(selector) !== null);
const byText = (selector: string, text: string) =>
  page.querySelectorAll(selector).filter((element) => element.text.includes(text));

describe('printing an assessment', () => {
  it('leaves out the site’s header, footer and navigation', () => {
    const chrome = [...page.querySelectorAll('.site-header'), ...page.querySelectorAll('.site-footer')];
    expect(chrome.length).toBe(2);
    expect(chrome.filter((element) => !isHidden(element))).toEqual([]);
  });

  it('leaves out the intro, the privacy sentence, the task list, the progress bar and every button', () => {
    const left = {
      intro: byText('p', 'This checklist tests your school'),
      privacy: byText('p', 'Nothing is sent anywhere'),
      taskList: page.querySelectorAll('.task-list'),
      progress: page.querySelectorAll('.assessment-progress-bar'),
      toolbar: byText('section', 'Save, print or share'),
      buttons: page.querySelectorAll('button'),
    };
    for (const [what, elements] of Object.entries(left)) {
      expect(elements.length, `${what} is on the page`).toBeGreaterThan(0);
      expect(elements.filter((element) => !isHidden(element)).length, `${what} prints`).toBe(0);
    }
  });

  it('keeps the question form, printed after the results as an appendix of the answers', () => {
    const shows = (selector: string, declaration: string) =>
      rules.some((rule) => rule.selectors.includes(selector) && rule.declarations.includes(declaration));
    expect(shows('.assessment .assessment-form', 'display:block!important')).toBe(true);
    expect(shows('.assessment-questions', 'order:1')).toBe(true);
    expect(byText('h2.print-only', 'Appendix: every question and the answer given')).toHaveLength(1);
    // Only the answer given shows, and a question with none says so.
    expect(shows('.assessment[data-ready=true] .option:not(:has(input:checked))', 'display:none')).toBe(true);
    expect(
      shows('.assessment[data-ready=true] .question:not(:has(input:checked)) .options:after', 'Not answered'),
    ).toBe(true);
  });

  it('prints a link within the site as its full web address', () => {
    const link = rules.find(
      (rule) => rule.selectors.includes('main a[href^=\\/]:after') && /var\(/.test(rule.declarations),
    );
    expect(link?.declarations).toContain('content:" (" var(--site-origin) attr(href) ")"');
    // content/site.yaml's url is https://bestpractice.schools.example: its origin, as a CSS string.
    expect(
      page
        .querySelectorAll('style')
        .some((style) => style.text.includes('--site-origin:"https://bestpractice.schools.example"')),
    ).toBe(true);
  });
});
