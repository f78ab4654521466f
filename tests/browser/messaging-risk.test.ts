import { describe, expect, it } from 'vitest';
import type { RiskDefinition, RiskQuestion } from '../../src/schemas/assessment';
import { findViolations } from '../helpers/axe';
import { loadDefinition } from '../helpers/definitions';
import { answerByKeyboard } from '../helpers/keyboard';
import { usePage, useSite } from '../helpers/session';

const ID = 'messaging-risk';
const definition = loadDefinition(ID) as RiskDefinition;
const questions = new Map<string, RiskQuestion>(
  definition.sections.flatMap((s) => s.questions.map((q) => [`${ID}-${q.id}`, q] as const)),
);
const first = definition.sections[0]?.questions[0] as RiskQuestion;
const endingOption = first.options.find((option) => option.ends);

/** The least safe answer to each of the 22 questions a school then sees: every risk becomes probable. */
const WORST: Record<string, string> = {
  'uses-consumer-app': 'main-way',
  'staff-groups': 'whole-staff',
  'group-members': 'outsiders',
  'group-admins': 'anyone',
  'leavers-removed': 'rarely',
  'numbers-shared': 'not-asked',
  'group-audience': 'often-wider',
  'pupil-parent-contact': 'pupils-or-unknown',
  'concerns-in-chat': 'stays-in-chat',
  'which-phones': 'own-phones',
  'phone-protection': 'not-asked',
  'message-content': 'about-people',
  'finding-messages': 'probably-not',
  'sensitive-details': 'often',
  'records-kept': 'chat-is-record',
  'freedom-of-information': 'no',
  'misuse-noticed': 'probably-not',
  'official-messages': 'often',
  'disappearing-messages': 'on',
  'ai-assistant': 'uses-it',
  'two-step-verification': 'no-or-unknown',
  'code-sharing': 'no',
};

function worstLabel(name: string): string {
  const option = questions.get(name)?.options.find((o) => o.id === WORST[name.slice(ID.length + 1)]);
  if (!option) throw new Error(`no worst answer for ${name}`);
  return option.label;
}

// Probable (3) x severity: the six severe risks score 9 and the nine significant ones 6 (high),
// the two minimal ones 3 (medium). Highest score first, then file order.
const HIGH = [
  'outsiders-added',
  'leavers-keep-access',
  'data-on-personal-devices',
  'personal-accounts-with-pupils-and-parents',
  'concerns-not-passed-on',
  'special-category-in-chats',
  'numbers-exposed',
  'no-access-control',
  'messages-lost',
  'subject-access-missed',
  'misuse-unseen',
  'account-takeover',
  'foi-messages-deleted',
  'disappearing-messages',
  'ai-features',
];
const MEDIUM = ['announcements-missed', 'against-terms'];
const titleOf = (riskId: string) => definition.risks.find((risk) => risk.id === riskId)?.title ?? riskId;

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
  it('rates every risk probable: severe and significant risks high, minimal ones medium, highest first', async () => {
    await open();
    expect(await answerByKeyboard(tab.page, worstLabel)).toBe(22);
    await expect.poll(() => tab.page.locator('.result-headline').textContent()).toBe('Overall risk: High');
    expect(await tab.page.locator('.risk-item h4').allTextContents()).toEqual([...HIGH, ...MEDIUM].map(titleOf));
    const levels = await tab.page.locator('.risk-item .risk-level').allTextContents();
    expect(levels.map((level) => level.split(' (')[0])).toEqual([
      ...HIGH.map(() => 'High risk'),
      ...MEDIUM.map(() => 'Medium risk'),
    ]);
    const leavers = tab.page.locator('.risk-item', {
      has: tab.page.getByRole('heading', { name: titleOf('leavers-keep-access'), exact: true }),
    });
    expect(await leavers.locator('.risk-level').textContent()).toBe('High risk (likelihood probable, severity severe)');
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

describe('on a phone, 375 px wide', () => {
  const phone = usePage(site, { context: { viewport: { width: 375, height: 800 } } });

  it('shows where each risk sits as lists by level, with nothing scrolling sideways', async () => {
    await phone.page.goto(`${site.server.origin}/assessments/${ID}/`);
    await phone.page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await answerByKeyboard(phone.page, worstLabel)).toBe(22);
    const levels = phone.page.getByRole('list', { name: 'Where each assessed risk sits' });
    await levels.scrollIntoViewIfNeeded();
    expect(await levels.isVisible()).toBe(true);
    expect(await phone.page.getByRole('table', { name: /likelihood by severity/ }).isVisible()).toBe(false);
    // The worst answers make the HIGH risks high and the MEDIUM ones medium (worked above).
    const byLevel = (label: string) =>
      levels
        .getByRole('listitem')
        .filter({ hasText: new RegExp(`^${label}:`) })
        .first();
    expect(await byLevel('High').getByRole('listitem').allTextContents()).toEqual(HIGH.map(titleOf));
    expect(await byLevel('Medium').getByRole('listitem').allTextContents()).toEqual(MEDIUM.map(titleOf));
    expect(await byLevel('Low').textContent()).toBe('Low: none');
    const width = await phone.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    expect(await findViolations(phone.page)).toEqual([]);
  }, 120_000);
});
