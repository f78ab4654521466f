import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, readPage } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

// Every self-assessment the library has, listed by hand so that a missing page fails here.
const ASSESSMENTS = ['cyber-security-checklist', 'data-protection-checklist', 'messaging-risk'];

const hrefsOf = (root: HTMLElement) => root.querySelectorAll('a[href]').map((link) => link.getAttribute('href'));

describe('every self-assessment', () => {
  it.each(ASSESSMENTS)('%s has its page, its embed, its oEmbed file and a link to its embed codes', (id) => {
    const missing = [
      `assessments/${id}/index.html`,
      `embed/assessments/${id}/index.html`,
      `oembed/assessments/${id}.json`,
    ].filter((file) => !existsSync(join(DIST, file)));
    expect(missing).toEqual([]);
    expect(hrefsOf(readPage(`/assessments/${id}/`))).toContain(`/embed-this/?page=assessments/${id}`);
  });

  it('is offered on the home page and on the trust dashboard', () => {
    for (const page of ['/', '/trust-dashboard/']) {
      const hrefs = hrefsOf(readPage(page));
      expect(ASSESSMENTS.filter((id) => !hrefs.includes(`/assessments/${id}/`))).toEqual([]);
    }
  });
});

describe('the data protection checklist', () => {
  const page = readPage('/assessments/data-protection-checklist/');

  it('is listed on the data protection area page', () => {
    expect(hrefsOf(readPage('/areas/data-protection/'))).toContain('/assessments/data-protection-checklist/');
  });

  it('has its 29 questions in the page as form controls, each with a link to its guidance', () => {
    // The questions are server-rendered radios that work before (and without) the script.
    const questions = page.querySelectorAll('form.assessment-form fieldset.question');
    expect(questions).toHaveLength(29);
    const unlinked = questions
      .filter((question) => !question.querySelector('.question-guidance a[href^="/guidance/"]'))
      .map((question) => question.querySelector('legend')?.text);
    expect(unlinked).toEqual([]);
    const withoutAnswers = questions.filter((question) => question.querySelectorAll('input[type="radio"]').length < 2);
    expect(withoutAnswers).toEqual([]);
  });
});
