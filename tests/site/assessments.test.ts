import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, readPage } from '../../scripts/lib/dist';
import { questionsOf } from '../../src/lib/assessment';
import type { ChecklistDefinition } from '../../src/schemas/assessment';
import { loadDefinition } from '../helpers/definitions';

beforeAll(assertBuilt);

// Every self-assessment the library has, listed by hand so that a missing page fails here.
const ASSESSMENTS = ['cyber-security-checklist', 'data-protection-checklist', 'messaging-risk'];

const hrefsOf = (root: HTMLElement) => root.querySelectorAll('a[href]').map((link) => link.getAttribute('href'));

describe('every self-assessment', () => {
  it.each(ASSESSMENTS)('%s has its page, its embed, its oEmbed file and its embed codes', (id) => {
    const missing = [
      `assessments/${id}/index.html`,
      `embed/assessments/${id}/index.html`,
      `oembed/assessments/${id}.json`,
      `embed-this/assessments/${id}/index.html`,
    ].filter((file) => !existsSync(join(DIST, file)));
    expect(missing).toEqual([]);
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

describe('Not applicable on the checklist pages', () => {
  const id = 'cyber-security-checklist';
  const page = readPage(`/assessments/${id}/`);
  const definition = loadDefinition(id) as ChecklistDefinition;
  const questions = questionsOf(definition);

  /** The question's group as a person finds it: the fieldset whose legend holds its text. */
  const groupOf = (text: string) => {
    const group = page
      .querySelectorAll('fieldset.question')
      .find((fieldset) => fieldset.querySelector('legend')?.text.includes(text));
    if (!group) throw new Error(`no question "${text}"`);
    return group;
  };
  const labelsOf = (group: HTMLElement) => group.querySelectorAll('label').map((label) => label.text.trim());

  it('is not offered on a critical question', () => {
    const critical = questions.find((question) => question.id === 'multi-factor-authentication');
    expect(critical?.critical).toBe(true);
    expect(labelsOf(groupOf(critical?.text ?? ''))).toEqual(['Yes', 'Partly', 'No']);
  });

  it('is offered, with its condition as the hint read with it, only where the question allows it', () => {
    const offering = questions.filter((question) => labelsOf(groupOf(question.text)).includes('Not applicable'));
    expect(offering.map((question) => question.id)).toEqual([
      'device-firewalls',
      'cover-conditions',
      'personal-device-standard',
    ]);
    const group = groupOf(offering[1]?.text ?? '');
    const option = group.querySelectorAll('label').find((label) => label.text.trim() === 'Not applicable');
    const radio = option?.querySelector('input[type="radio"]');
    expect(radio?.getAttribute('value')).toBe('na');
    const hint = group.querySelector(`#${radio?.getAttribute('aria-describedby') ?? 'missing'}`);
    expect(hint?.text).toBe('Not applicable only when: The school is not in the RPA and has no cyber insurance.');
  });
});
