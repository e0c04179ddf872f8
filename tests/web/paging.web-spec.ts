import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createAdmin, createNeed, createOffering, createOwner, TEST_PASSWORD, type TestOwner, type TestUser } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { accessibilityViolations, DESKTOP, launchBrowser, openPage, PHONE, screenshot, type WebPage } from './support/browser.js';
import { expectNoSidewaysScroll, signIn, startWebApp } from './support/demo-app.js';

// Lists longer than a page, in a real Chromium against the real API: a supplier with 57 published offerings
// (and 2 drafts) sees 50, "show more" with the counts, and the rest appended once; a failed next page leaves the
// shown ones; archiving an appended offering refetches the list from its first page with the tab counts right.
// The same organization's 53 open needs page the same way in English; so does the admin's verification queue.
const PUBLISHED = 57;
const DRAFTS = 2;
const NEEDS = 53;
/** Organizations waiting for verification: the owner's and these. */
const MORE_ORGANIZATIONS = 51;
const offeringTitle = (n: number) => `Позиция прайс-листа № ${String(n).padStart(2, '0')}`;
const needTitle = (n: number) => `Procurement plan line ${String(n).padStart(2, '0')}`;

let t: TestApp;
let browser: Browser;
let owner: TestOwner;
let admin: TestUser;
const pages: WebPage[] = [];

/** Runs `make(1..count)` a few at a time (the API creates each in its own transaction). */
async function createMany(count: number, make: (n: number) => Promise<unknown>): Promise<void> {
  for (let start = 1; start <= count; start += 8) {
    await Promise.all(Array.from({ length: Math.min(8, count - start + 1) }, (_, i) => make(start + i)));
  }
}

beforeAll(async () => {
  [t, browser] = await Promise.all([startWebApp(), launchBrowser()]);
  owner = await createOwner(t, { name: 'ОАО «Минский завод колёсных тягачей»' });
  await createMany(PUBLISHED, (n) => createOffering(t, owner.token, { title: offeringTitle(n) }));
  await createMany(DRAFTS, (n) => createOffering(t, owner.token, { title: `Черновик № ${n}`, publish: false }));
  await createMany(NEEDS, (n) => createNeed(t, owner.token, { title: needTitle(n) }));
  await createMany(MORE_ORGANIZATIONS, (n) => createOwner(t, { name: `ООО «Поставщик ${String(n).padStart(2, '0')}»` }));
  admin = await createAdmin(t);
}, 240_000);

afterAll(async () => {
  for (const p of pages) await p.context.close().catch(() => undefined);
  await browser?.close();
  await t?.close();
});

async function openSignedIn(path: string, options: Parameters<typeof openPage>[1], labels?: Parameters<typeof signIn>[2], user: { email: string } = owner): Promise<WebPage> {
  const web = await openPage(browser, options);
  pages.push(web);
  await web.page.goto(`${t.url}/login?next=${encodeURIComponent(path)}`);
  await signIn(web.page, { email: user.email, password: TEST_PASSWORD }, labels);
  return web;
}

/** The titles of the listing cards on the page, in order. */
const cardTitles = (page: Page, kind: 'offering' | 'need' | 'org') => page.locator(`article a[id^="${kind}-"]`).allTextContents();

/** The same titles, each once: no card is listed twice. */
const expectEachOnce = (titles: string[]) => expect(new Set(titles).size).toBe(titles.length);

describe('"My offerings" with more than a page', () => {
  let web: WebPage;
  beforeAll(async () => {
    web = await openSignedIn('/offerings', { viewport: DESKTOP });
  }, 60_000);

  it('shows the first 50 and "show more" with how many are shown of the total, the tab counts right', async () => {
    const { page } = web;
    await page.getByRole('tab', { name: `Опубликованные (${PUBLISHED})`, selected: true }).waitFor();
    await page.getByRole('tab', { name: `Черновики (${DRAFTS})` }).waitFor();
    const more = page.getByRole('button', { name: `Показать ещё (показано 50 из ${PUBLISHED})` });
    await more.waitFor();
    const titles = await cardTitles(page, 'offering');
    expect(titles).toHaveLength(50);
    expectEachOnce(titles);
    // Newest first: the last one created leads.
    expect(titles[0]).toBe(offeringTitle(PUBLISHED));
    await more.scrollIntoViewIfNeeded();
    await screenshot(page, 'my-offerings-more-ru-1280', { fullPage: false });
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 60_000);

  it('is busy while the next page loads; when it fails, says why and keeps the shown offerings and the button; a second try appends it', async () => {
    const { page } = web;
    // The next page's request (the one with a cursor) is held until the test has seen the busy button, then fails
    // once, as a dropped connection would.
    let failed = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { variables?: { after?: string } } | null;
      if (body?.variables?.after && failed === 0) {
        failed += 1;
        await held;
        await route.abort('failed');
      } else await route.continue();
    });
    const more = page.getByRole('button', { name: `Показать ещё (показано 50 из ${PUBLISHED})` });
    await more.click();
    // Busy while the page is on its way: Mantine marks the button loading and disabled.
    await page.locator('button[data-loading]').filter({ hasText: 'Показать ещё' }).waitFor();
    await expect(more.isDisabled()).resolves.toBe(true);
    release();
    const problem = page.getByRole('alert').filter({ hasText: 'Следующие не загрузились' });
    await problem.waitFor();
    expect(failed).toBe(1);
    await more.scrollIntoViewIfNeeded();
    await screenshot(page, 'my-offerings-more-failed-ru-1280', { fullPage: false });
    expect(await cardTitles(page, 'offering')).toHaveLength(50);
    await expect(more.isEnabled()).resolves.toBe(true);

    await more.click();
    await more.waitFor({ state: 'detached' });
    await page.unroute('**/graphql');
    const titles = await cardTitles(page, 'offering');
    expect(titles).toHaveLength(PUBLISHED);
    expectEachOnce(titles);
    expect(titles.toSorted()).toEqual(Array.from({ length: PUBLISHED }, (_, i) => offeringTitle(i + 1)));
    expect(await problem.count()).toBe(0);
    await page.getByRole('tab', { name: `Опубликованные (${PUBLISHED})`, selected: true }).waitFor();
    // The one dropped request is the only error the page logged.
    expect(web.errors.filter((error) => !error.includes('net::ERR_FAILED'))).toEqual([]);
  }, 60_000);

  it('archiving an appended offering refetches the list from its first page: no card twice, the counts right', async () => {
    const { page } = web;
    const last = page.getByRole('article').filter({ hasText: offeringTitle(1) });
    await last.getByRole('button', { name: 'В архив' }).click();
    await page.getByRole('tab', { name: 'Архив (1)' }).waitFor();
    await page.getByRole('tab', { name: `Опубликованные (${PUBLISHED - 1})`, selected: true }).waitFor();
    const more = page.getByRole('button', { name: `Показать ещё (показано 50 из ${PUBLISHED - 1})` });
    await more.waitFor();
    let titles = await cardTitles(page, 'offering');
    expect(titles).toHaveLength(50);
    expectEachOnce(titles);

    await more.click();
    await more.waitFor({ state: 'detached' });
    titles = await cardTitles(page, 'offering');
    expect(titles).toHaveLength(PUBLISHED - 1);
    expectEachOnce(titles);
    expect(titles).not.toContain(offeringTitle(1));
    expect(web.errors.filter((error) => !error.includes('net::ERR_FAILED'))).toEqual([]);
  }, 60_000);

  it('fits a phone: the button under the 50th card, nothing to scroll sideways', async () => {
    const { page, errors } = await openSignedIn('/offerings', { viewport: PHONE });
    const more = page.getByRole('button', { name: `Показать ещё (показано 50 из ${PUBLISHED - 1})` });
    await more.waitFor();
    await more.scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'my-offerings-more-ru-360', { fullPage: false });
    await more.click();
    await more.waitFor({ state: 'detached' });
    expect(await cardTitles(page, 'offering')).toHaveLength(PUBLISHED - 1);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('"My needs" with more than a page, in English', () => {
  it('shows 50 open needs and "Show more (50 of 53 shown)", then all 53 once and no button', async () => {
    const { page, errors } = await openSignedIn('/needs', { viewport: DESKTOP, language: 'en' }, { email: 'E-mail', password: 'Password', submit: 'Sign in' });
    await page.getByRole('tab', { name: `Open (${NEEDS})`, selected: true }).waitFor();
    const more = page.getByRole('button', { name: `Show more (50 of ${NEEDS} shown)` });
    await more.waitFor();
    expect(await cardTitles(page, 'need')).toHaveLength(50);
    await more.scrollIntoViewIfNeeded();
    await screenshot(page, 'my-needs-more-en-1280', { fullPage: false });
    await more.click();
    await more.waitFor({ state: 'detached' });
    const titles = await cardTitles(page, 'need');
    expect(titles.toSorted()).toEqual(Array.from({ length: NEEDS }, (_, i) => needTitle(i + 1)));
    await page.getByRole('tab', { name: `Open (${NEEDS})`, selected: true }).waitFor();
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("the admin's verification queue with more than a page", () => {
  it('shows 50 organizations waiting and "show more", then every one of them once', async () => {
    const waiting = MORE_ORGANIZATIONS + 1;
    const { page, errors } = await openSignedIn('/admin', { viewport: DESKTOP }, undefined, admin);
    const more = page.getByRole('button', { name: `Показать ещё (показано 50 из ${waiting})` });
    await more.waitFor();
    expect(await cardTitles(page, 'org')).toHaveLength(50);
    await more.click();
    await more.waitFor({ state: 'detached' });
    const names = await cardTitles(page, 'org');
    expect(names).toHaveLength(waiting);
    expectEachOnce(names);
    expect(names).toContain(owner.org.name);
    expect(errors).toEqual([]);
  }, 60_000);
});
