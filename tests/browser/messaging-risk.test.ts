import { describe, expect, it } from 'vitest';
import type { RiskDefinition, RiskQuestion } from '../../src/schemas/assessment';
import { findViolations } from '../helpers/axe';
import { loadDefinition } from '../helpers/definitions';
import { answerByKeyboard, readCheckedAnswers } from '../helpers/keyboard';
import { usePage, useSite } from '../helpers/session';

const ID = 'messaging-risk';
const definition = loadDefinition(ID) as RiskDefinition;
const questions = new Map<string, RiskQuestion>(
  definition.sections.flatMap((s) => s.questions.map((q) => [`${ID}-${q.id}`, q] as const)),
);
const first = definition.sections[0]?.questions[0] as RiskQuestion;
const endingOption = first.options.find((option) => option.ends);

const LIKELIHOOD_VALUES: Record<string, number> = { remote: 1, possible: 2, probable: 3 };

/** The option that makes the risks it touches most likely: the worst answer a school could give. */
function worstLabel(name: string, labels: string[]): string {
  const question = questions.get(name);
  if (!question) throw new Error(`unknown question ${name}`);
  const weight = (sets: Record<string, string> = {}) =>
    Object.values(sets).reduce((sum, id) => sum + (LIKELIHOOD_VALUES[id] ?? 0) ** 2, 0);
  const worst = [...question.options].filter((o) => !o.ends).sort((a, b) => weight(b.sets) - weight(a.sets))[0];
  return labels.find((label) => label === worst?.label) ?? labels[0] ?? '';
}

const site = useSite();
const tab = usePage(site);

async function open(path = `/assessments/${ID}/`): Promise<void> {
  await tab.page.goto(`${site.server.origin}${path}`);
  await tab.page.locator('.assessment[data-ready="true"]').waitFor();
}

describe('a school that uses no consumer messaging app', () => {
  it('is told its risk is low, and why, without further questions', async () => {
    expect(endingOption).toBeDefined();
    await open();
    await tab.page.getByRole('group', { name: first.text }).getByRole('radio', { name: endingOption?.label }).check();
    await expect.poll(() => tab.page.locator('.result-headline').textContent()).toBe('Overall risk: Low');
    expect(await tab.page.getByText(endingOption?.ends ?? '').count()).toBeGreaterThan(0);
    expect(await tab.page.getByRole('radio').count()).toBe(first.options.length);
    expect(await tab.page.locator('.assessment-progress').textContent()).toBe('1 of 1 answered');
  });
});

// The worst answers, worked by hand from content/assessments/messaging-risk.yaml: main-way,
// whole-staff (so the six group questions show), outsiders, anyone, rarely, not-asked, often-wider,
// mixed (ties with own-phones; the first wins), told, practical-only (so finding-messages stays
// hidden), chat-is-record, probably-not, often, no-or-unknown, no: 15 answers. Each risk takes the
// highest likelihood set (remote 1, possible 2, probable 3) times its severity (minimal 1,
// significant 2, severe 3); 6-9 is high, 3-4 medium, 1-2 low. Listed by level, then score, then file order.
const WORST_CASE_ORDER = [
  'outsiders-added', // severe, probable: 9 high
  'data-on-personal-devices', // severe, probable (told): 9 high
  'numbers-exposed', // significant, probable: 6 high
  'leavers-keep-access', // significant, probable: 6 high
  'no-access-control', // significant, probable (often-wider): 6 high
  'messages-lost', // significant, probable (chat-is-record): 6 high
  'misuse-unseen', // significant, probable: 6 high
  'account-takeover', // significant, probable: 6 high
  'announcements-missed', // minimal, probable: 3 medium
  'against-terms', // minimal, probable: 3 medium
  'subject-access-missed', // significant, remote (practical-only): 2 low
];

describe('the worst case, answered by keyboard alone', () => {
  it('rates the severe risks high, as worked out by hand, highest first', async () => {
    await open();
    const count = await answerByKeyboard(tab.page, worstLabel);
    expect(count).toBe(15);
    const answers = await readCheckedAnswers(tab.page, ID);
    expect(answers['which-phones']).toBe('mixed');
    await expect.poll(() => tab.page.locator('.result-headline').textContent()).toBe('Overall risk: High');
    const severe = definition.risks.filter((risk) => risk.severity === 'severe');
    expect(severe.length).toBeGreaterThan(0);
    for (const risk of severe) {
      const item = tab.page.locator('.risk-item', {
        has: tab.page.getByRole('heading', { name: risk.title, exact: true }),
      });
      expect(await item.locator('.risk-level').textContent()).toMatch(/^High risk/);
    }
    const shownOrder = await tab.page.locator('.risk-item h4').allTextContents();
    const titleOf = (id: string) => definition.risks.find((risk) => risk.id === id)?.title;
    expect(shownOrder).toEqual(WORST_CASE_ORDER.map(titleOf));
    const grid = tab.page.getByRole('table', { name: /likelihood by severity/ });
    const cell = grid
      .getByRole('row', { name: /Likelihood: Probable/ })
      .getByRole('cell')
      .last();
    expect(await cell.textContent()).toMatch(/^High/);
    expect(await findViolations(tab.page)).toEqual([]);
  }, 120_000);
});

describe('inside the WhatsApp article', () => {
  it('is the same island, sharing saved answers with the assessment page', async () => {
    await open();
    const option = first.options.find((o) => !o.ends);
    await tab.page.getByRole('group', { name: first.text }).getByRole('radio', { name: option?.label }).check();
    await tab.page.goto(`${site.server.origin}/guidance/using-whatsapp-in-schools/#check-your-schools-risk`);
    const island = tab.page.locator('.embedded-assessment .assessment');
    await island.scrollIntoViewIfNeeded();
    await tab.page.locator('.embedded-assessment .assessment[data-ready="true"]').waitFor();
    expect(
      await island.getByRole('group', { name: first.text }).getByRole('radio', { name: option?.label }).isChecked(),
    ).toBe(true);
    expect(await island.getByRole('heading', { name: 'Your results', level: 3 }).count()).toBe(1);
    expect(await findViolations(tab.page)).toEqual([]);
  });
});
