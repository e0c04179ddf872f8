import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { registerUser, TEST_PASSWORD } from '../support/factories.js';
import { dataOf, type TestApp } from '../support/test-app.js';
import { accessibilityViolations, launchBrowser, openPage, screenshot, type WebPage } from './support/browser.js';
import { startDemoApp, startWebApp } from './support/demo-app.js';
import { borderColor, cspViolations, focusedLabel, focusedOutline, htmlLang, pollUntil, recordCspViolations } from './support/in-page.js';

// Search state in the URL, the language switch, the keyboard, and what the pages show when things go wrong:
// nothing found, search down, too many requests, a page that does not exist, production's CSP.
let t: TestApp;
let broken: TestApp;
let browser: Browser;
const pages: WebPage[] = [];

beforeAll(async () => {
  [t, broken, browser] = await Promise.all([
    startDemoApp(),
    // Meilisearch unreachable (nothing listens on port 9) and three sign-in attempts a minute.
    startWebApp({ meiliUrl: 'http://127.0.0.1:9', waitForSearch: false, env: { RATE_LIMIT_AUTH_PER_MINUTE: '3', RELAY_ENABLED: 'false' } }),
    launchBrowser(),
  ]);
}, 240_000);

afterAll(async () => {
  for (const p of pages) await p.context.close().catch(() => undefined);
  await browser?.close();
  await Promise.all([t?.close(), broken?.close()]);
});

async function open(options: Parameters<typeof openPage>[1] = {}): Promise<WebPage> {
  const web = await openPage(browser, options);
  pages.push(web);
  return web;
}

describe('the search page', () => {
  it('keeps its whole state in the URL: a reload shows the same search, Back the one before', async () => {
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/search?q=${encodeURIComponent('автобус')}`);
    await page.getByRole('link', { name: /МАЗ-203/ }).first().waitFor();
    await page.getByRole('checkbox', { name: /Товар/ }).click();
    await page.waitForURL(/kind=PRODUCT/);
    await page.getByRole('combobox', { name: 'Сортировка' }).click();
    await page.getByRole('option', { name: 'Сначала дешевле' }).click();
    await page.waitForURL(/sort=PRICE_ASC/);
    const url = page.url();
    // The URL changes before the sorted page arrives: wait for the cheapest product the API names, not for any first card.
    const cheapest = dataOf(
      await t.gql(`{ searchOfferings(query: "автобус", filter: { kinds: [PRODUCT] }, sort: PRICE_ASC, first: 1) { hits { offering { title } } } }`),
    ).searchOfferings.hits[0].offering.title as string;
    await page.getByRole('article').first().getByRole('link', { name: cheapest }).waitFor();
    const firstHit = await page.getByRole('article').first().getByRole('link').first().textContent();
    expect(firstHit).toBe(cheapest);

    await page.reload();
    expect(page.url()).toBe(url);
    await page.getByRole('checkbox', { name: /Товар/, checked: true }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Сортировка' }).inputValue()).toBe('Сначала дешевле');
    expect(await page.getByRole('searchbox', { name: 'Запрос' }).inputValue()).toBe('автобус');
    await page.getByRole('article').first().getByRole('link', { name: firstHit! }).waitFor();

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('sort='));
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['PRODUCT']);
    await page.getByRole('combobox', { name: 'Сортировка' }).and(page.locator('[value="По релевантности"]')).waitFor();
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('kind='));
    await page.getByRole('checkbox', { name: /Товар/, checked: false }).waitFor();
    expect(web.errors).toEqual([]);
  }, 90_000);

  it('appends the next page of results by the cursor', async () => {
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/search?q=${encodeURIComponent('самосвал')}`);
    await page.getByText(/^Найдено \d+ предложени/).waitFor();
    expect(await page.getByRole('article').count()).toBe(20);
    await page.getByRole('button', { name: /Показать ещё \(показано 20 из \d+\)/ }).click();
    await expect(pollUntil(async () => (await page.getByRole('article').count()) > 20)).resolves.toBe(true);
    const articles = page.getByRole('article');
    const titles: string[] = [];
    for (let i = 0; i < (await articles.count()); i++) titles.push((await articles.nth(i).getByRole('link').first().textContent()) ?? '');
    expect(new Set(titles).size).toBe(titles.length); // no hit twice
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('suggests what to loosen when nothing is found, each as one click', async () => {
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/search?q=${encodeURIComponent('трансформатор')}&country=RU&kind=PARTNERSHIP`);
    await page.getByRole('heading', { name: 'Ничего не найдено' }).waitFor();
    await screenshot(page, 'search-empty-ru-1280');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Без «Сотрудничество»' }).waitFor();
    await page.getByRole('button', { name: 'Без «Россия»' }).click();
    await page.waitForURL((u) => !u.searchParams.has('country') && u.searchParams.get('kind') === 'PARTNERSHIP');
    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await page.waitForURL((u) => u.search === `?q=${encodeURIComponent('трансформатор')}`);
    await page.getByRole('link', { name: /Трансформатор ТМГ-630/ }).waitFor();
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('works from the keyboard alone, with a visible focus', async () => {
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: /Средства наземного транспорта/ }).waitFor();
    // Tab from the top of the page: the first stop (the logo link) shows a focus ring, then the search box.
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('TradeBridge');
    expect(await focusedOutline(page)).not.toBe('none');
    const search = page.getByRole('searchbox', { name: 'Поиск предложений' });
    const border = await borderColor(search);
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Поиск предложений');
    // An input shows its focus with the brand-coloured border (after a short transition).
    await expect(pollUntil(async () => (await borderColor(search)) !== border)).resolves.toBe(true);
    await page.keyboard.type('самосвал');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const checkbox = page.getByRole('checkbox', { name: /Беларусь/ });
    await checkbox.waitFor();
    await checkbox.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/country=BY/);
    // The filter's chip is removable from the keyboard too.
    await page.getByRole('button', { name: 'Убрать фильтр «Беларусь»' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.searchParams.has('country'));
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('says search is temporarily unavailable, with a retry, when Meilisearch is down', async () => {
    const web = await open();
    const { page } = web;
    await page.goto(`${broken.url}/search?q=${encodeURIComponent('самосвал')}`);
    const banner = page.getByRole('alert').filter({ hasText: 'Поиск временно недоступен' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Повторить' }).click();
    await banner.waitFor();
    await screenshot(page, 'search-unavailable-ru-1280');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The rest of the app still works: the home page's figures come from PostgreSQL.
    await page.getByRole('link', { name: 'Главная' }).click();
    await page.getByText(/^организаци[яий]$/).first().waitFor();
  }, 60_000);
});

describe('the language switch', () => {
  it('changes every visible string and <html lang>, and is remembered', async () => {
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: /Средства наземного транспорта/ }).waitFor();
    expect(await page.locator('body').innerText()).toMatch(/Отрасли/);
    await page.getByRole('button', { name: 'EN — Switch to English' }).click();
    await page.getByRole('heading', { name: 'Sectors' }).waitFor();
    await page.getByRole('link', { name: /Vehicles, aircraft, vessels/ }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    // Nothing Russian is left: every label, the sectors' names, the examples.
    expect(await page.locator('body').innerText()).not.toMatch(/[а-яё]/i);
    await page.reload();
    await page.getByRole('heading', { name: 'Sectors' }).waitFor();
    await page.goto(`${t.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/[а-яё]/i);
    await page.getByRole('button', { name: 'RU — Переключить на русский' }).click();
    await page.getByRole('heading', { level: 1, name: 'Вход' }).waitFor();
    expect(await htmlLang(page)).toBe('ru');
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('names the facets\' regions and certifications in the page language while the URL and the filter keep their codes', async () => {
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/search`);
    await page.getByRole('button', { name: 'Регион поставщика' }).click();
    // Minsk city (BY-HM), not Minsk Region: one checkbox per region, named as a Russian reader names it.
    await page.getByRole('checkbox', { name: /^Минск[\s\d]/ }).click();
    await page.waitForURL((u) => u.searchParams.getAll('region').join() === 'BY-HM');
    await page.getByRole('button', { name: 'Убрать фильтр «Минск»' }).waitFor();
    await page.getByRole('button', { name: 'Сертификаты' }).click();
    const certifications = page.getByRole('region', { name: 'Сертификаты' });
    await certifications.getByRole('checkbox').first().waitFor();
    if (await certifications.getByRole('button', { name: /^Показать все/ }).count()) await certifications.getByRole('button', { name: /^Показать все/ }).click();
    await certifications.getByRole('checkbox', { name: /^ТР ТС 018\/2011/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: /^(BY|RU)-[A-Z]+/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'EN — Switch to English' }).click();
    await page.getByRole('button', { name: 'Remove the filter “Minsk”' }).waitFor();
    await page.getByRole('checkbox', { name: /^Minsk[\s\d]/, checked: true }).waitFor();
    const certificationsEn = page.getByRole('region', { name: 'Certifications' });
    if (await certificationsEn.getByRole('button', { name: /^Show all/ }).count()) await certificationsEn.getByRole('button', { name: /^Show all/ }).click();
    await certificationsEn.getByRole('checkbox', { name: /^TR CU 018\/2011/ }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual(['BY-HM']);
    const panel = await page.getByRole('region', { name: "Supplier's region" }).innerText();
    expect(panel).not.toMatch(/[а-яё]/i);
    expect(web.errors).toEqual([]);
  }, 60_000);
});

describe('errors', () => {
  it('shows a not-found page for an unknown address and an unknown offering', async () => {
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Страница не найдена' }).waitFor();
    await screenshot(page, 'not-found-ru-1280');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${t.url}/offerings/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Страница не найдена' }).waitFor();
    await page.getByRole('link', { name: 'На главную' }).click();
    await page.waitForURL(`${t.url}/`);
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('says when to retry after too many sign-in attempts (RATE_LIMITED)', async () => {
    const user = await registerUser(broken);
    const web = await open();
    const { page } = web;
    await page.goto(`${broken.url}/login`);
    await page.getByLabel(/^Электронная почта/).fill(user.email);
    await page.getByLabel(/^Пароль/).fill('wrong password');
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Войти', exact: true }).click();
    const banner = page.getByRole('alert').filter({ hasText: /Повторите через \d+ с\./ });
    await banner.waitFor();
    await screenshot(page, 'rate-limited-ru-1280');
    expect(await page.getByLabel(/^Пароль/).inputValue()).toBe('wrong password');
    await page.getByLabel(/^Пароль/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await banner.waitFor(); // still limited: the page says so instead of failing silently
  }, 60_000);
});

describe('production', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startWebApp({ env: { NODE_ENV: 'production' } });
  }, 60_000);
  afterAll(() => prod?.close());

  it("runs under the API's Content-Security-Policy without a single violation", async () => {
    const web = await open();
    const { page } = web;
    await recordCspViolations(page);
    const response = await page.goto(`${prod.url}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText(/^предложени\S* опубликовано$/).waitFor();
    await page.getByRole('link', { name: 'Поиск предложений' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Поиск предложений' }).waitFor();
    expect(await cspViolations(page)).toEqual([]);
    expect(web.errors).toEqual([]);
  }, 60_000);
});
