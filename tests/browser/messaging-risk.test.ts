import { describe, expect, it } from 'vitest';
import { RISK_LEVEL_LABELS, scoreRisk } from '../../src/lib/assessment';
import type { RiskDefinition, RiskQuestion } from '../../src/schemas/assessment';
import { LIKELIHOODS } from '../../src/schemas/scales';
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

/** The option that makes the risks it touches most likely: the worst answer a school could give. */
function worstLabel(name: string, labels: string[]): string {
  const question = questions.get(name);
  if (!question) throw new Error(`unknown question ${name}`);
  const weight = (sets: Record<string, string> = {}) =>
    Object.values(sets).reduce((sum, id) => sum + (LIKELIHOODS[id as keyof typeof LIKELIHOODS]?.value ?? 0) ** 2, 0);
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

describe('the worst case, answered by keyboard alone', () => {
  it('rates the severe risks high, matching the engine, highest first', async () => {
    await open();
    const count = await answerByKeyboard(tab.page, worstLabel);
    expect(count).toBeGreaterThan(10);
    const answers = await readCheckedAnswers(tab.page, ID);
    const expected = scoreRisk(definition, answers);
    expect(expected.overall.level).toBe('high');
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
    expect(shownOrder).toEqual(expected.risks.map((risk) => risk.title));
    const grid = tab.page.getByRole('table', { name: /likelihood by severity/ });
    const cell = grid
      .getByRole('row', { name: /Likelihood: Probable/ })
      .getByRole('cell')
      .last();
    expect(await cell.textContent()).toMatch(new RegExp(`^${RISK_LEVEL_LABELS.high}`));
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
