import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import chromium from '@sparticuz/chromium';
import { repoPath } from '@tradebridge/core';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { fontsReady } from './in-page.js';

// @sparticuz/chromium's flags are tuned for AWS Lambda. Three would make the tests lie: --single-process lets
// browser contexts share localStorage (a "fresh" visitor would inherit another's), and --disable-web-security
// with --allow-running-insecure-content switch off the same-origin policy and the CSP the app must live with.
const LAMBDA_ONLY = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

/** The Chromium inside the npm package @sparticuz/chromium (unpacked to the temp folder on first use), headless. */
export async function launchBrowser(): Promise<Browser> {
  const args = chromium.args.filter((arg) => !LAMBDA_ONLY.has(arg));
  return playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 780 };

export interface WebPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors of the page so far (a test expects none). */
  errors: string[];
}

/** A fresh browser profile (no cookies, no storage) with one page; `language` preselects the app's language. */
export async function openPage(browser: Browser, options: { viewport?: { width: number; height: number }; language?: 'ru' | 'en' } = {}): Promise<WebPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: options.language === 'en' ? 'en-GB' : 'ru-RU' });
  if (options.language) await context.addInitScript(`localStorage.setItem('tradebridge.language', ${JSON.stringify(options.language)})`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A 4xx answer to a GraphQL request is part of the journeys under test (the page shows it); anything else is a bug.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  // Generous for a 2-core CI machine running the e2e files beside these.
  page.setDefaultTimeout(20_000);
  return { context, page, errors };
}

/** Where every test leaves its screenshots (gitignored); `SCREENSHOTS_DIR=docs/screenshots` writes the README's set. */
const RESULTS = repoPath('test-results/web');

// The README's pictures show the top of each page: a phone's first screens, a desktop's first one and a half.
const DOCS_MAX_HEIGHT = { phone: 2000, desktop: 1400 };

/**
 * Saves a full-page screenshot as test-results/web/<name>.png; the documentation set (`docs: true`) also goes to
 * $SCREENSHOTS_DIR when it is set (`npm run screenshots` writes docs/screenshots). `fullPage: false` takes the
 * window only (a dialog over the page: the page below the window is not dimmed).
 */
export async function screenshot(page: Page, name: string, options: { docs?: boolean; fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  // Fonts settle before the capture; no animation is caught half-way; from the top, so the fixed header sits there.
  await fontsReady(page);
  if (options.fullPage ?? true) await page.evaluate('window.scrollTo(0, 0)');
  const fullPage = options.fullPage ?? true;
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage, animations: 'disabled' });
  const docs = process.env.SCREENSHOTS_DIR;
  if (!options.docs || !docs) return;
  const dir = repoPath(docs);
  mkdirSync(dir, { recursive: true });
  if (!fullPage) await page.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled' });
  else {
    const { width, height } = await page.evaluate<{ width: number; height: number }>('({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight })');
    const max = width < 600 ? DOCS_MAX_HEIGHT.phone : DOCS_MAX_HEIGHT.desktop;
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, max) }, animations: 'disabled' });
  }
}

/** axe-core's serious and critical violations on the page as it is now ("rule: target" lines; none expected). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}
