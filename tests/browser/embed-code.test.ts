import { describe, expect, it } from 'vitest';
import { usePage, useSite } from '../helpers/session';

// The one embed-code page, /embed-this/, fills in the codes of the page named in its query.
const site = useSite();

/** The text a trust would copy from the box with this label. */
const codeIn = (tab: { page: import('playwright-core').Page }, label: string) =>
  tab.page.getByRole('textbox', { name: label, exact: true }).inputValue();

describe('the embed-code page, from a page’s “Embed this” link', () => {
  const tab = usePage(site);

  it('shows the card, snippet and frame codes of that article, and previews them', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}/guidance/when-staff-leave/`);
    await page.getByRole('link', { name: 'Embed this in your own website or intranet' }).click();
    await page.waitForURL(`${site.server.origin}/embed-this/?page=guidance/when-staff-leave`);
    const title = 'When staff leave: removing access to accounts, groups, devices and data';
    await page.getByRole('heading', { level: 1, name: `Embed “${title}”` }).waitFor();
    const origin = new URL((await page.getByRole('link', { name: title }).getAttribute('href')) ?? '', page.url())
      .origin;
    expect(origin).toBe(site.server.origin);
    // Written out from the snippet rules: the card at 240 px, the frames at site.yaml's 900 px.
    const siteUrl = 'https://bestpractice.schools.example';
    expect(await codeIn(tab, 'Card')).toBe(
      `<iframe src="${siteUrl}/embed/card/guidance/when-staff-leave/" title="${title}" width="640" height="240" style="border:0;width:100%" loading="lazy"></iframe>`,
    );
    expect(await codeIn(tab, 'Frame only')).toBe(
      `<iframe src="${siteUrl}/embed/guidance/when-staff-leave/" title="${title}" width="640" height="900" style="border:0;width:100%" loading="lazy"></iframe>`,
    );
    expect(await codeIn(tab, 'Snippet with automatic height')).toBe(
      `${await codeIn(tab, 'Frame only')}\n<script src="${siteUrl}/embed.js" async></script>`,
    );
    expect(await page.getByText(`${siteUrl}/guidance/when-staff-leave/`, { exact: true }).count()).toBe(1);
    // The previews load the card and the embed from this site.
    const card = page.getByTitle(`Card preview: ${title}`, { exact: true });
    expect(await card.getAttribute('src')).toBe('/embed/card/guidance/when-staff-leave/');
    expect(await page.getByTitle(`Preview: ${title}`, { exact: true }).getAttribute('src')).toBe(
      '/embed/guidance/when-staff-leave/',
    );
    expect(await card.isVisible()).toBe(true);
    expect(await page.getByText('Fill in the page').isVisible()).toBe(false);
  });

  it('copies a code with its button and says so', async () => {
    const { page } = tab;
    await tab.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${site.server.origin}/embed-this/?page=assessments/messaging-risk`);
    await page.getByRole('heading', { level: 1, name: /^Embed “/ }).waitFor();
    await page.getByRole('button', { name: 'Copy card' }).click();
    await page.getByText('Card copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await codeIn(tab, 'Card'));
    expect(await codeIn(tab, 'Card')).toContain('/embed/card/assessments/messaging-risk/"');
  });
});

describe('the embed-code page asked for a page it cannot embed', () => {
  // The oEmbed file of a missing page is a 404, which Chromium logs as an error: that is expected here.
  const tab = usePage(site, { checks: ['foreignRequests', 'cspViolations', 'dialogs'] });

  it('says there is no such page and keeps the codes to fill in by hand', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}/embed-this/?page=guidance/no-such-page`);
    await page
      .getByRole('status')
      .getByText('There is no page at /guidance/no-such-page/ to embed: it may have been renamed or removed.', {
        exact: false,
      })
      .waitFor();
    expect(await codeIn(tab, 'Card')).toContain('/embed/card/PAGE/" title="PAGE TITLE"');
    expect(await page.getByText('Fill in the page').isVisible()).toBe(true);
  });

  it('refuses an address that is not a page of the site, without asking the server', async () => {
    const { page } = tab;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.origin}/embed-this/?page=../privacy`);
    await page
      .getByRole('status')
      .getByText('“../privacy” is not a page that can be embedded.', { exact: false })
      .waitFor();
    expect(requests.filter((path) => path.startsWith('/oembed/'))).toEqual([]);
  });
});

describe('the embed-code page without JavaScript', () => {
  const tab = usePage(site, { context: { javaScriptEnabled: false } });

  it('shows the codes with placeholders and says how to fill them in', async () => {
    const { page } = tab;
    await page.goto(`${site.server.origin}/embed-this/?page=guidance/when-staff-leave`);
    expect(await page.getByText('Fill in the page').isVisible()).toBe(true);
    expect(await codeIn(tab, 'Card')).toBe(
      '<iframe src="https://bestpractice.schools.example/embed/card/PAGE/" title="PAGE TITLE" width="640" height="240" style="border:0;width:100%" loading="lazy"></iframe>',
    );
    expect(await page.getByRole('button', { name: 'Copy card' }).count()).toBe(0);
  });
});
