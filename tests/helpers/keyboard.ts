import type { Page } from 'playwright-core';

interface Focused {
  kind: 'radio' | 'other' | 'none';
  name: string;
  /** Position of the focused radio in its group. */
  index: number;
  /** Labels of every radio in the group, in order. */
  labels: string[];
  /** Text of the focused element, to know when the form is behind us. */
  text: string;
}

function readFocus(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return { kind: 'none', name: '', index: -1, labels: [], text: '' } as const;
    if (el.type !== 'radio')
      return { kind: 'other', name: '', index: -1, labels: [], text: el.textContent?.trim() ?? '' } as const;
    const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`)];
    return {
      kind: 'radio',
      name: el.name,
      index: group.indexOf(el),
      labels: group.map((radio) => radio.closest('label')?.textContent?.trim() ?? ''),
      text: '',
    } as const;
  });
}

/**
 * Answers every question with the keyboard alone: Tab from group to group, arrow keys (or Space)
 * to choose. `choose` gets the question's group name and option labels and returns the label to pick.
 * Stops at the button whose text is `stopAt`. Returns how many groups were answered.
 */
export async function answerByKeyboard(
  page: Page,
  choose: (name: string, labels: string[]) => string,
  stopAt = 'Start again',
): Promise<number> {
  const answered = new Set<string>();
  for (let presses = 0; presses < 800; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await readFocus(page);
    if (focus.kind === 'other' && focus.text === stopAt) return answered.size;
    if (focus.kind !== 'radio' || answered.has(focus.name)) continue;
    const target = focus.labels.indexOf(choose(focus.name, focus.labels));
    if (target < 0) throw new Error(`choose() picked a label that ${focus.name} does not offer`);
    if (target === focus.index) await page.keyboard.press('Space');
    const key = target > focus.index ? 'ArrowRight' : 'ArrowLeft';
    for (let step = 0; step < Math.abs(target - focus.index); step += 1) await page.keyboard.press(key);
    answered.add(focus.name);
    // The island counts the answer as it renders, then shows any follow-up question in an effect that
    // runs after the next frame: wait for both, or the next Tab can pass the follow-up before it appears.
    await page.waitForFunction(
      (count) => document.querySelector('.assessment-progress')?.textContent?.startsWith(`${count} of `) ?? true,
      answered.size,
    );
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve)))),
        ),
    );
  }
  throw new Error('Gave up after 800 key presses without reaching the end of the form');
}

/** The checked option of every radio group on the page, keyed by question id (the name after the prefix). */
export function readCheckedAnswers(page: Page, prefix: string): Promise<Record<string, string>> {
  return page.evaluate((namePrefix) => {
    const answers: Record<string, string> = {};
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
      if (radio.name.startsWith(`${namePrefix}-`)) answers[radio.name.slice(namePrefix.length + 1)] = radio.value;
    }
    return answers;
  }, prefix);
}
