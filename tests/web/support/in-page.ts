import type { Locator, Page } from 'playwright-core';

// What the tests read inside the page. The test code type-checks with the server's settings (Node, no DOM
// library: adding it would change the types of Node's fetch), so in-page code is passed as source text.

/** `<html lang>`. */
export const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/** The cookies page scripts can read. */
export const scriptCookies = (page: Page) => page.evaluate<string>('document.cookie');

/** Everything in localStorage and sessionStorage, as one JSON text. */
export const storedText = (page: Page) => page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage })');

/** The accessible label (aria-label) of the focused element. */
export const focusedLabel = (page: Page) => page.evaluate<string | null>("document.activeElement && document.activeElement.getAttribute('aria-label')");

/** The computed outline style of the focused element ("none" when it shows no ring). */
export const focusedOutline = (page: Page) => page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');

/** An element's computed border colour. */
export const borderColor = (locator: Locator) =>
  locator.evaluate<string, void, StyledElement>((element) => element.ownerDocument.defaultView.getComputedStyle(element).borderColor);

/** The little of an element's DOM type that borderColor needs. */
interface StyledElement {
  ownerDocument: { defaultView: { getComputedStyle(element: StyledElement): { borderColor: string } } };
}

/** How many pixels the page is wider than the window, and the innermost elements that stick out. */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && element.children.length === 0)
      .slice(0, 5)
      .map((element) => element.tagName.toLowerCase() + '.' + [...element.classList].join('.') + ' "' + (element.textContent || '').trim().slice(0, 40) + '" right=' + Math.round(element.getBoundingClientRect().right));
  })()`);

/** Records Content-Security-Policy violations from the first script on (read them with cspViolations). */
export const recordCspViolations = (page: Page) =>
  page.addInitScript(`window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));`);

export const cspViolations = (page: Page) => page.evaluate<string[]>('window.__cspViolations');

/** Waits until the browser has its fonts (screenshots then show the final text). */
export const fontsReady = (page: Page) => page.evaluate('document.fonts.ready.then(() => true)');

/**
 * Polls `check` every 50 ms until it holds or `timeoutMs` passes (a CSS transition, a refetch the page
 * starts without waiting for it); true when it held.
 */
export async function pollUntil(check: () => Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
