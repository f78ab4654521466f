import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { newContext, watchPage, type PageWatch } from './browser';
import { DIST, requireBuild } from '../../scripts/lib/dist';
import { serveDist, type ServeOptions, type StaticServer } from '../../scripts/lib/static-server';

type ContextOptions = Parameters<typeof newContext>[1];

/** A static server, filled in once the file's tests start. */
export interface Served {
  server: StaticServer;
}

/** The Chromium and the built site that a file's tests share. */
export interface Site extends Served {
  browser: Browser;
}

/**
 * Launches Chromium and serves dist/ before the file's tests, and closes both after them.
 * The fields are filled in by then, so read them inside tests and hooks, not at the top level.
 */
export function useSite(serve: Pick<ServeOptions, 'dist' | 'base'> = {}): Site {
  const site = {} as Site;
  beforeAll(async () => {
    requireBuild(serve.dist ?? DIST);
    [site.browser, site.server] = await Promise.all([launchChromium(), serveDist({}, serve)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Serves dist/ again on a second origin, with extra pages that may link to the site: a school's
 * intranet page embedding ours, say. `pages` gets the site's origin. Call after useSite.
 */
export function useHost(site: Site, pages: (siteOrigin: string) => Record<string, string>): Served {
  const host = {} as Served;
  beforeAll(async () => {
    host.server = await serveDist(pages(site.server.origin));
  });
  afterAll(async () => {
    await host.server?.close();
  });
  return host;
}

/** Something a page must not have done by the end of a test. */
export type Check = keyof PageWatch | 'dialogs';

/** Requests to other origins, CSP violations and console errors: what a school would object to. */
export const WATCH_CHECKS: readonly Check[] = ['foreignRequests', 'cspViolations', 'errors'];

/** A fresh browser context and page for one test, and what the page has done so far. */
export interface Tab {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  /** Messages of the dialogs (alert, confirm) the page opened; each is dismissed. */
  dialogs: string[];
  /** Checks the page so far, closes it, and opens a fresh one with these context options over the usual ones. */
  reopen(options?: ContextOptions): Promise<void>;
}

export interface TabOptions {
  /** Context options over newContext's defaults, such as a phone-sized viewport. */
  context?: ContextOptions;
  /** Other servers the page may load from without that counting as a foreign request. */
  alsoAllow?: Served[];
  /** What must not have happened by the end of each test: WATCH_CHECKS unless given. */
  checks?: readonly Check[];
}

/** Fails the test if the page did any of `checks`. */
export function expectClean(
  { watch, dialogs }: Pick<Tab, 'watch' | 'dialogs'>,
  checks: readonly Check[] = WATCH_CHECKS,
): void {
  for (const check of checks) expect(check === 'dialogs' ? dialogs : watch[check], check).toEqual([]);
}

/**
 * Opens a watched page in a fresh context before each test; after it, checks the page did none of
 * `checks` and closes the context. Call at the top of a file, or in a describe for its tests only.
 */
export function usePage(site: Site, { context = {}, alsoAllow = [], checks = WATCH_CHECKS }: TabOptions = {}): Tab {
  const tab = {} as Tab;

  async function open(options: ContextOptions): Promise<void> {
    tab.context = await newContext(site.browser, options);
    tab.page = await tab.context.newPage();
    tab.watch = await watchPage(
      tab.page,
      [site, ...alsoAllow].map(({ server }) => server.origin),
    );
    const dialogs: string[] = [];
    tab.dialogs = dialogs;
    tab.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }

  async function close(): Promise<void> {
    try {
      expectClean(tab, checks);
    } finally {
      await tab.context.close();
    }
  }

  tab.reopen = async (options = {}) => {
    await close();
    await open({ ...context, ...options });
  };
  beforeEach(() => open(context));
  afterEach(close);
  return tab;
}
