import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface PageWatch {
  /** Requests to any origin other than the allowed ones. */
  foreignRequests: string[];
  /** CSP violations the page reported. */
  cspViolations: string[];
  /** console.error messages and uncaught exceptions. */
  errors: string[];
}

/**
 * Records what a page does that a school would object to: requests to other origins, CSP
 * violations and errors. Call before navigating.
 */
export async function watchPage(page: Page, allowedOrigins: string[]): Promise<PageWatch> {
  const watch: PageWatch = { foreignRequests: [], cspViolations: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (!allowedOrigins.includes(new URL(url).origin)) watch.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  await page.exposeFunction('__reportCspViolation', (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return watch;
}

export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}

/**
 * Holds back the assessment island's script, as a slow school network would, until the returned
 * `release` is called. Call before navigating.
 */
export async function holdIslandScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/(Checklist|Risk)Assessment\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
