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
  it.each(ASSESSMENTS)('%s has its page, its embed, its oEmbed file and a link to its embed codes', (id) => {
    const missing = [
      `assessments/${id}/index.html`,
      `embed/assessments/${id}/index.html`,
      `oembed/assessments/${id}.json`,
    ].filter((file) => !existsSync(join(DIST, file)));
    expect(missing).toEqual([]);
    expect(hrefsOf(readPage(`/assessments/${id}/`))).toContain(`/embed-this/?page=assessments/${id}`);
  });

  // Painting the top of the page and then laying out every question in one long task makes a page
  // that looks ready and ignores taps: the browser is told to paint once the page's last element is in.
  it.each(ASSESSMENTS.flatMap((id) => [`/assessments/${id}/`, `/embed/assessments/${id}/`]))(
    '%s is first painted once the whole page, its question form included, is parsed',
    (path) => {
      const page = readPage(path);
      const expects = page.querySelectorAll('head link[rel="expect"]');
      expect(expects.map((link) => [link.getAttribute('href'), link.getAttribute('blocking')])).toEqual([
        ['#page-end', 'render'],
      ]);
      const html = page.querySelector('body')?.innerHTML ?? '';
      const end = page.querySelectorAll('#page-end');
      expect(end).toHaveLength(1);
      const endHtml = end[0]?.outerHTML ?? '';
      expect(html.indexOf(endHtml)).toBeGreaterThan(html.lastIndexOf('</form>'));
      // Only scripts and closing tags may follow it: whatever shows is parsed before the first paint.
      const after = html.slice(html.indexOf(endHtml) + endHtml.length);
      expect(after.replace(/<script[\s\S]*?<\/script>|<\/[a-z]+>/g, '').trim()).toBe('');
    },
  );

  it('pages without a question form never hold back their first paint', () => {
    for (const path of ['/', '/guidance/using-whatsapp-in-schools/', '/trust-dashboard/', '/search/']) {
      expect(readPage(path).querySelectorAll('link[rel="expect"]')).toHaveLength(0);
    }
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
  const labelsOf = (group: HTMLElement) => group.querySelectorAll('.options label').map((label) => label.text.trim());

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

describe.each(['cyber-security-checklist', 'data-protection-checklist'])('the %s page, before any script', (id) => {
  const page = readPage(`/assessments/${id}/`);
  const sectionHeadings = page.querySelectorAll('.assessment-section h2');

  it('starts with a task list: every section, a link to it, and its status, Not started', () => {
    const items = page.querySelectorAll('.task-list li');
    expect(items.map((item) => item.querySelector('a')?.text)).toEqual(sectionHeadings.map((heading) => heading.text));
    for (const item of items) {
      const link = item.querySelector('a');
      const target = page.getElementById(link?.getAttribute('href')?.slice(1) ?? '');
      expect(target?.text).toBe(link?.text);
      // The status is the link's description, so a screen reader hears it with the section.
      const status = page.getElementById(link?.getAttribute('aria-describedby') ?? '');
      expect(status?.text).toBe('Not started');
    }
  });

  it('asks for the school name, optional, before the first section', () => {
    const field = page.getElementById(`${id}-school`);
    expect(field?.getAttribute('type')).toBe('text');
    expect(page.querySelector(`label[for="${id}-school"]`)?.text).toBe('School name (optional)');
    const html = page.querySelector('form.assessment-form')?.innerHTML ?? '';
    expect(html.indexOf(`id="${id}-school"`)).toBeLessThan(html.indexOf('class="assessment-section"'));
    expect(html.indexOf(`id="${id}-school"`)).toBeGreaterThan(-1);
  });

  it('says once that answers stay on the device, and when the checklist was updated rather than its version', () => {
    expect(page.text.match(/Nothing is sent anywhere/g)).toHaveLength(1);
    // Both checklists carry updated: 2026-11-30.
    const meta = page.querySelectorAll('.assessment-page-head .meta').map((line) => line.text.trim());
    expect(meta).toContainEqual(expect.stringMatching(/^\d+ questions · Checklist updated 30 November 2026$/));
  });
});

describe('the messaging risk self-assessment', () => {
  it('has no task list: its sections appear one after another as answers call for them', () => {
    expect(readPage('/assessments/messaging-risk/').querySelectorAll('.task-list')).toHaveLength(0);
  });
});
