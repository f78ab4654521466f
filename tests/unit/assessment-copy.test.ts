import { describe, expect, it } from 'vitest';
import { questionsOf } from '../../src/lib/assessment';
import { updatedText } from '../../src/lib/assessment/updated';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

const ASSESSMENTS = ['cyber-security-checklist', 'data-protection-checklist', 'messaging-risk'];
/** Abbreviations a school business manager may not know, where they are used, and the words that explain them. */
const ABBREVIATIONS = [
  { id: 'cyber-security-checklist', abbreviation: 'RPA', words: /risk protection arrangement/i },
  { id: 'cyber-security-checklist', abbreviation: 'SLT', words: /senior leadership team/i },
  { id: 'data-protection-checklist', abbreviation: 'SLT', words: /senior leadership team/i },
];

describe('updatedText', () => {
  it('says when the questions were last updated, as a date a reader knows', () => {
    // Both fixtures carry updated: 2026-11-29.
    expect(updatedText(loadDefinition('checklist', FIXTURES))).toBe('Checklist updated 29 November 2026');
    expect(updatedText(loadDefinition('risk', FIXTURES))).toBe('Self-assessment updated 29 November 2026');
  });
});

describe.each(ASSESSMENTS)('the copy of %s', (id) => {
  const def = loadDefinition(id);

  it('leaves the privacy sentence to the page, which says it once', () => {
    expect(def.intro).not.toMatch(/Nothing is sent anywhere/i);
  });

  it('says the answers are saved and can be finished later', () => {
    expect(def.intro).toMatch(/saved in this browser/);
    expect(def.intro).toMatch(/come back to finish later/);
  });
});

describe('the checklists', () => {
  it.each(['cyber-security-checklist', 'data-protection-checklist'])(
    '%s does not promise ten minutes for questions that need the IT provider or the DPO',
    (id) => {
      const { intro } = loadDefinition(id);
      expect(intro).not.toMatch(/ten minutes/);
      expect(intro).toMatch(/Allow about an hour/);
    },
  );
});

describe('abbreviations', () => {
  it.each(ABBREVIATIONS)(
    '$id explains $abbreviation in the first question that uses it',
    ({ id, abbreviation, words }) => {
      const wording = (q: ReturnType<typeof questionsOf>[number]) =>
        [q.text, q.help ?? '', 'action' in q ? q.action : ''].join(' ');
      const first = questionsOf(loadDefinition(id)).find((q) => new RegExp(`\\b${abbreviation}\\b`).test(wording(q)));
      expect(first).toBeDefined();
      expect(wording(first!)).toMatch(words);
    },
  );
});
