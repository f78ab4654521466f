import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHost, usePage, useSite } from '../helpers/session';

const ARTICLE = '/embed/guidance/when-staff-leave/';
const CHECKLIST = '/embed/assessments/cyber-security-checklist/';

/** A trust's page on another origin, with our iframes and, optionally, our resizing script. */
function hostPage(siteOrigin: string, withScript: boolean): string {
  const frame = (path: string, title: string) =>
    `<iframe src="${siteOrigin}${path}" title="${title}" width="100%" height="600" style="border:0;width:100%"></iframe>`;
  return `<!doctype html><html lang="en"><head><title>Trust intranet</title><link rel="icon" href="data:,"></head><body><h1>Trust intranet</h1>
${frame(ARTICLE, 'Guidance')}
${frame(CHECKLIST, 'Checklist')}
${withScript ? `<script src="${siteOrigin}/embed.js" async></script>` : ''}
</body></html>`;
}

const site = useSite();
const host = useHost(site, (siteOrigin) => ({
  '/with-script.html': hostPage(siteOrigin, true),
  '/without-script.html': hostPage(siteOrigin, false),
}));
const tab = usePage(site, { alsoAllow: [host], checks: ['foreignRequests', 'errors'] });

const iframe = (title: string) => tab.page.locator(`iframe[title="${title}"]`);
const frameHeight = (title: string) => iframe(title).evaluate((el) => el.getBoundingClientRect().height);

async function frameOf(title: string): Promise<Frame> {
  const frame = await (await iframe(title).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame ${title}`);
  await frame.waitForLoadState();
  return frame;
}

/** The embedded page's content height, and whether it scrolls inside the frame. */
const measure = (frame: Frame) =>
  frame.evaluate(() => ({
    content: Math.ceil(document.querySelector('.embed-root')?.getBoundingClientRect().height ?? 0),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
  }));

async function expectFitted(title: string): Promise<number> {
  const frame = await frameOf(title);
  await expect
    .poll(async () => Math.abs((await frameHeight(title)) - (await measure(frame)).content), { timeout: 10_000 })
    .toBeLessThanOrEqual(3);
  expect((await measure(frame)).scrolls).toBe(false);
  return frameHeight(title);
}

describe('with embed.js on a page of another origin', () => {
  it('sizes the article and the assessment to their content, with no inner scroll bar', async () => {
    await tab.page.goto(`${host.server.origin}/with-script.html`);
    expect(await expectFitted('Guidance')).toBeGreaterThan(1500);
    expect(await expectFitted('Checklist')).toBeGreaterThan(1000);
  });

  it('grows the assessment as results appear and shrinks it when sections are collapsed', async () => {
    await tab.page.goto(`${host.server.origin}/with-script.html`);
    const start = await expectFitted('Checklist');
    const frame = await frameOf('Checklist');
    await frame.locator('.assessment[data-ready="true"]').waitFor();
    for (const radio of (await frame.getByRole('radio', { name: 'No', exact: true }).all()).slice(0, 8))
      await radio.check();
    await expect.poll(() => frameHeight('Checklist')).toBeGreaterThan(start + 200);
    const grown = await expectFitted('Checklist');
    const panels = await frame
      .getByRole('button', { name: /^Hide questions/ })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-controls')));
    for (const panel of panels) await frame.locator(`button[aria-controls="${panel}"]`).click();
    await expect.poll(() => frameHeight('Checklist')).toBeLessThan(grown - 500);
    await expectFitted('Checklist');
  });

  it('ignores height messages from any other window or origin', async () => {
    await tab.page.goto(`${host.server.origin}/with-script.html`);
    const fitted = await expectFitted('Guidance');
    await tab.page.evaluate(() =>
      window.postMessage({ type: 'school-best-practice:height', version: 1, height: 15000 }, '*'),
    );
    const checklist = await frameOf('Checklist');
    // The right origin, but a different frame's window claiming a height: only that frame may change.
    await checklist.evaluate(() =>
      window.parent.postMessage({ type: 'school-best-practice:height', version: 1, height: 'huge' }, '*'),
    );
    await tab.page.waitForTimeout(300);
    expect(Math.abs((await frameHeight('Guidance')) - fitted)).toBeLessThanOrEqual(3);
  });

  it('opens links out of the embed in a new tab, and keeps jumps within the page in the frame', async () => {
    await tab.page.goto(`${host.server.origin}/with-script.html`);
    const frame = await frameOf('Guidance');
    const [popup] = await Promise.all([
      tab.context.waitForEvent('page'),
      frame.getByRole('link', { name: 'open the full page' }).click(),
    ]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe('/guidance/when-staff-leave/');
    await popup.close();
    expect(new URL(frame.url()).pathname).toBe(ARTICLE);

    const contents = frame.getByRole('navigation', { name: 'On this page' }).getByRole('link').first();
    const fragment = await contents.getAttribute('href');
    const opened: string[] = [];
    tab.context.on('page', (page) => opened.push(page.url()));
    await contents.click();
    await expect.poll(() => new URL(frame.url()).hash).toBe(fragment);
    expect(new URL(frame.url()).pathname).toBe(ARTICLE);
    expect(opened).toEqual([]);
  });

  it('opens the guidance links the assessment renders in the browser in a new tab', async () => {
    await tab.page.goto(`${host.server.origin}/with-script.html`);
    const frame = await frameOf('Checklist');
    await frame.locator('.assessment[data-ready="true"]').waitFor();
    const [popup] = await Promise.all([
      tab.context.waitForEvent('page'),
      frame.locator('.assessment a[href*="/guidance/"]').first().click(),
    ]);
    expect(new URL(popup.url()).pathname).toMatch(/^\/guidance\/[a-z0-9-]+\/$/);
    await popup.close();
    expect(new URL(frame.url()).pathname).toBe(CHECKLIST);
  });
});

describe('without embed.js (SharePoint, Google Sites)', () => {
  it('keeps the fixed height, scrolls inside, and the assessment still works and saves', async () => {
    await tab.page.goto(`${host.server.origin}/without-script.html`);
    expect(await frameHeight('Checklist')).toBe(600);
    const frame = await frameOf('Checklist');
    await frame.locator('.assessment[data-ready="true"]').waitFor();
    expect((await measure(frame)).scrolls).toBe(true);
    await frame.getByRole('radio', { name: 'Yes', exact: true }).first().check();
    await expect.poll(() => frame.locator('.assessment-progress').textContent()).toMatch(/^1 of/);
    expect(await frame.evaluate(() => Object.keys(localStorage))).toContain('sbp:answers:cyber-security-checklist');
    await tab.page.waitForTimeout(300);
    expect(await frameHeight('Checklist')).toBe(600);
  });
});

describe('a trust colour in the embed address', () => {
  const accentOf = () =>
    tab.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());

  it('is used when it is a hex colour, with readable text on buttons', async () => {
    await tab.page.goto(`${site.server.origin}${CHECKLIST}?accent=%23ffcc00`);
    expect(await accentOf()).toBe('#ffcc00');
    expect(
      await tab.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--on-accent').trim()),
    ).toBe('#000000');
  });

  it.each(['red', 'url(https://evil.example/x)', '%23ff0000;background:red', 'javascript:alert(1)'])(
    'is ignored when it is %s',
    async (value) => {
      await tab.page.goto(`${site.server.origin}${CHECKLIST}`);
      const standard = await accentOf();
      await tab.page.goto(`${site.server.origin}${CHECKLIST}?accent=${value}`);
      expect(await accentOf()).toBe(standard);
    },
  );
});
