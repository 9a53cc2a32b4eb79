/**
 * A real browser for end-to-end tests: Debian's Chromium driven by
 * playwright-core (`npx playwright install` cannot download browsers here).
 * CI installs it with apt; a developer machine without it skips the e2e
 * tests with a message, CI fails instead.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts/e2e';

export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env['CI'])
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: CI must install it (apt-get install -y chromium)`);
  console.warn(
    `end-to-end tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens the app and fails the test on any page error or console error. */
export async function openApp(browser: Browser, baseUrl: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  collectErrors(page, errors);
  await page.goto(baseUrl);
  return page;
}

/** Page errors and console errors go into `errors`, for tests to assert there were none. */
export function collectErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
}

/**
 * The app in a browser context of its own (empty IndexedDB and storage),
 * waited for until the network is drawn. Close the context after the test.
 */
export async function openInFreshContext(
  browser: Browser,
  baseUrl: string,
  errors: string[],
  /** Runs on the context before the page opens (e.g. an init script that removes IndexedDB). */
  setup?: (context: BrowserContext) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await setup?.(context);
  const page = await context.newPage();
  collectErrors(page, errors);
  await page.goto(baseUrl);
  await page.waitForSelector('[data-testid="network"] canvas');
  return { context, page };
}

/**
 * For a describe block whose tests each open the app in a fresh browser
 * context: one browser for the block, each test's context closed after it.
 * `open()` gives the page (network drawn); `errors` holds the open test's
 * page and console errors.
 */
export function freshContexts(): {
  open(setup?: (context: BrowserContext) => Promise<void>): Promise<Page>;
  readonly errors: string[];
} {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  return {
    errors,
    async open(setup) {
      if (!browser) throw new Error('freshContexts().open() runs inside a test');
      errors.length = 0;
      const opened = await openInFreshContext(browser, inject('baseUrl'), errors, setup);
      context = opened.context;
      return opened.page;
    },
  };
}
