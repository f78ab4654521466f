import { describe, expect, it } from 'vitest';
import { questionsOf, scoreChecklist } from '../../src/lib/assessment';
import type { Answers, ChecklistDefinition } from '../../src/schemas/assessment';
import { answerEvery } from '../helpers/answers';
import { readAnyResultFile } from '../../src/lib/results/read-result-file';
import { buildResultFile, resultFileName, serializeResultFile } from '../../src/lib/results/result-file';
import { loadDefinition } from '../helpers/definitions';

// The real checklists in content/: the data protection checklist, and the cyber checklist its
// data-protection questions moved out of (cyber checklist version 2).
const dataProtection = loadDefinition('data-protection-checklist') as ChecklistDefinition;
const cyber = loadDefinition('cyber-security-checklist') as ChecklistDefinition;
const idsOf = (def: ChecklistDefinition) => questionsOf(def).map((question) => question.id);

const MOVED = [
  'subject-access-search',
  'data-map',
  'supplier-contracts',
  'breach-reporting',
  'incident-log',
  'approved-tools',
  'school-data-separate',
];

describe('the data protection checklist', () => {
  it('parses as a checklist of 29 questions in seven sections', () => {
    expect(dataProtection.kind).toBe('checklist');
    expect(dataProtection.area).toBe('data-protection');
    expect(dataProtection.sections.map((section) => [section.id, section.questions.length])).toEqual([
      ['roles-and-records', 5],
      ['transparency-and-rights', 5],
      ['new-systems-and-suppliers', 5],
      ['keeping-and-deleting', 3],
      ['breaches', 2],
      ['photos-cctv-and-biometrics', 3],
      ['staff-and-governors', 6],
    ]);
  });

  it('names the data-protection law or ICO guidance behind every question', () => {
    const LEGAL = ['UK GDPR', 'Data Protection Act 2018', 'Data (Use and Access) Act 2025', 'ICO guidance'];
    const unsourced = questionsOf(dataProtection)
      .filter((question) => !question.refs.some((ref) => LEGAL.includes(ref.framework)))
      .map((question) => question.id);
    expect(unsourced).toEqual([]);
  });

  it('holds the data-protection questions that left the cyber checklist, under the same ids', () => {
    expect(MOVED.filter((id) => !idsOf(dataProtection).includes(id))).toEqual([]);
    expect(MOVED.filter((id) => idsOf(cyber).includes(id))).toEqual([]);
    expect(idsOf(cyber)).not.toContain('official-announcements');
    expect(cyber.version).toBeGreaterThanOrEqual(2);
  });

  it('scores a hand-worked set of answers', () => {
    // Weights by section (total 58): roles 3+2+2+2+1 = 10, requests 2+2+3+2+1 = 10,
    // suppliers 3+2+2+2+1 = 10, retention 2+2+1 = 5, breaches 3+2 = 5, images 1+1+2 = 4,
    // staff 2+2+3+3+2+2 = 14. CCTV (1) and biometrics (2) are Not applicable, so 55 count.
    // Lost: dpo-involved Partly 1, lawful-bases No 2, complaints-process No 2, chats Partly 1,
    // approved-tools Partly 1.5: 7.5 in all, so 47.5 / 55 = 86.4%, which rounds to 86.
    const answers: Answers = {
      ...answerEvery(dataProtection, 'yes'),
      'dpo-involved': 'partly',
      'lawful-bases': 'no',
      'complaints-process': 'no',
      'chats-and-mailboxes': 'partly',
      cctv: 'na',
      biometrics: 'na',
      'approved-tools': 'partly',
    };
    const result = scoreChecklist(dataProtection, answers);
    expect(result.overall.score).toBe(86);
    expect(result.band?.label).toBe('Good');
    expect(result.counts).toEqual({ answered: 27, notApplicable: 2, unanswered: 0, total: 29 });
    // roles 7/10, requests 8/10, suppliers 10/10, retention 4/5, breaches 5/5, images 1/1,
    // staff 12.5/14 = 89.3%.
    expect(result.sections.map((section) => section.score)).toEqual([70, 80, 100, 80, 100, 100, 89]);
    // Weight 2 No and weight 3 Partly are medium; weight 2 Partly is low; file order within each.
    expect(result.actions.map((action) => [action.questionId, action.priority])).toEqual([
      ['lawful-bases', 'medium'],
      ['complaints-process', 'medium'],
      ['approved-tools', 'medium'],
      ['dpo-involved', 'low'],
      ['chats-and-mailboxes', 'low'],
    ]);
  });

  it('holds the rating below Good when a breach would not reach the DPO', () => {
    // 55 of 58 is 94.8%, which rounds to 95: Good, but breach-reporting is critical.
    const result = scoreChecklist(dataProtection, { ...answerEvery(dataProtection, 'yes'), 'breach-reporting': 'no' });
    expect(result.overall.score).toBe(95);
    expect(result.band?.label).toBe('Needs improvement');
    expect(result.heldBy.map((held) => held.questionId)).toEqual(['breach-reporting']);
  });

  it('exports a results file that the trust dashboard reads back as this checklist', () => {
    const file = buildResultFile({
      assessmentId: 'data-protection-checklist',
      definition: dataProtection,
      answers: { 'dpo-appointed': 'yes', cctv: 'na' },
      school: 'Oak Academy',
      savedAt: new Date('2026-11-29T09:00:00.000Z'),
    });
    expect(resultFileName(file)).toBe('data-protection-checklist-oak-academy-2026-11-29.json');
    const text = serializeResultFile(file);
    const definitions = { 'cyber-security-checklist': cyber, 'data-protection-checklist': dataProtection };
    expect(readAnyResultFile(text, Buffer.byteLength(text), definitions)).toMatchObject({
      ok: true,
      assessmentId: 'data-protection-checklist',
      answers: { 'dpo-appointed': 'yes', cctv: 'na' },
    });
  });
});
