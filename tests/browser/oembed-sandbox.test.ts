import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listPages, readText } from '../../scripts/lib/dist';
import { useHost, usePage, useSite } from '../helpers/session';

const embeddable = listPages().filter((path) => /^\/(guidance|assessments)\/[^/]+\/$/.test(path));

/** The oEmbed `html` of a page, pointed at the test server. */
function oembedHtml(path: string, siteOrigin: string): string {
  const { html } = JSON.parse(readText(`/oembed${path.replace(/\/$/, '')}.json`)) as { html: string };
  const src = /src="([^"]+)"/.exec(html)?.[1] ?? '';
  return html.replace(new URL(src).origin, siteOrigin);
}

/**
 * What WordPress does with an oEmbed frame from a site it does not trust (wp_filter_oembed_result):
 * strips the style, adds a secret to the address, and sandboxes it with scripts only, so the frame
 * has no storage, no same-origin access and no popups. `sandbox` lets a test loosen that.
 */
function asWordPressWould(html: string, sandbox: string): string {
  return html
    .replace(/ style="[^"]*"/, '')
    .replace(/src="([^"]+)"/, 'src="$1#?secret=abc123" data-secret="abc123"')
    .replace('<iframe', `<iframe class="wp-embedded-content" sandbox="${sandbox}" security="restricted"`);
}

/**
 * What WordPress's page script (wp-embed) does with a frame's "link" message: for the frame whose
 * data-secret matches, while it has focus, it follows an address on the frame's own host.
 */
const WP_EMBED_LINKS = `<script>
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || !data.secret || data.message !== 'link') return;
  for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(data.value).host === new URL(frame.src).host && document.activeElement === frame) {
      window.top.location.href = data.value;
    }
  }
});
</script>`;

function hostPage(siteOrigin: string, sandbox: string): string {
  const frames = embeddable.map((path) => asWordPressWould(oembedHtml(path, siteOrigin), sandbox));
  return `<!doctype html><html lang="en"><head><title>A WordPress post</title><link rel="icon" href="data:,">${WP_EMBED_LINKS}</head><body><h1>Post</h1>${frames.join('\n')}</body></html>`;
}

const site = useSite();
const host = useHost(site, (siteOrigin) => ({
  '/wordpress.html': hostPage(siteOrigin, 'allow-scripts'),
  '/with-popups.html': hostPage(siteOrigin, 'allow-scripts allow-popups'),
}));
// Console errors are not checked: in an opaque origin the browser refuses our module scripts, which
// is why assessments come as a card.
const tab = usePage(site, { alsoAllow: [host], checks: ['foreignRequests'] });

async function frameFor(path: string): Promise<Frame> {
  // The frames load lazily, as they would in a long post: scroll each into view first.
  const element = tab.page.locator(`iframe[src*="${path}#"]`);
  await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame for ${path}`);
  await frame.waitForLoadState();
  return frame;
}

describe('oEmbed html in a WordPress post (sandbox="allow-scripts", another origin)', () => {
  it('shows each assessment as a card whose button leads to the full page in a new tab', async () => {
    await tab.page.goto(`${host.server.origin}/wordpress.html`);
    for (const path of embeddable.filter((page) => page.startsWith('/assessments/'))) {
      const frame = await frameFor(`/embed/card${path}`);
      expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
      const button = frame.getByRole('link', { name: /^Open the self-assessment/ });
      expect(new URL((await button.getAttribute('href')) ?? '', frame.url()).href).toBe(`${site.server.origin}${path}`);
      // The base target: a new tab where the host allows one, never the host's own frame.
      expect(await button.evaluate((a: HTMLAnchorElement) => a.target || document.querySelector('base')?.target)).toBe(
        '_blank',
      );
    }
  });

  it('takes the reader to the full assessment when the card’s button is pressed', async () => {
    await tab.page.goto(`${host.server.origin}/wordpress.html`);
    const path = '/assessments/cyber-security-checklist/';
    const frame = await frameFor(`/embed/card${path}`);
    // The sandbox refuses a new tab, so the card asks WordPress to follow the link, as wp-embed does.
    await frame.getByRole('link', { name: /^Open the self-assessment/ }).click();
    await tab.page.waitForURL(`${site.server.origin}${path}`);
    expect(await tab.page.getByRole('heading', { level: 1 }).textContent()).toContain('Cyber Security checklist');
  });

  it('shows each article readable in full, with its headings and text', async () => {
    await tab.page.goto(`${host.server.origin}/wordpress.html`);
    for (const path of embeddable.filter((page) => page.startsWith('/guidance/'))) {
      const frame = await frameFor(`/embed${path}`);
      expect(await frame.getByRole('heading', { level: 1 }).textContent()).not.toBe('');
      expect(await frame.getByRole('heading', { name: 'What to do' }).isVisible()).toBe(true);
    }
  });
});

describe('the card where the host allows popups (Google Sites, SharePoint)', () => {
  it('opens the full assessment in a new tab and stays in place', async () => {
    await tab.page.goto(`${host.server.origin}/with-popups.html`);
    const path = '/assessments/messaging-risk/';
    const frame = await frameFor(`/embed/card${path}`);
    const [popup] = await Promise.all([
      tab.context.waitForEvent('page'),
      frame.getByRole('link', { name: /^Open the self-assessment/ }).click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${site.server.origin}${path}`);
    expect(frame.url()).toContain(`/embed/card${path}`);
  });
});
