import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { dataOf, type TestApp } from '../support/test-app.js';
import { accessibilityViolations, DESKTOP, launchBrowser, openPage, PHONE, screenshot, type WebPage } from './support/browser.js';
import { htmlLang } from './support/in-page.js';
import { apiToken, BELAZ_75570_TITLE, BELAZ_LOGIN, DEMO_LOGINS, expectNoSidewaysScroll, signIn, startDemoApp } from './support/demo-app.js';

// The procurement officer's journey in a real Chromium against the real API and the demo data: search, the
// BelAZ offering, a need with explained matches, a contact request; then the supplier accepts (through
// GraphQL) and the buyer sees the notification and the contact card. Screenshots of every page (1280 and
// 360 px) are the README's.
const NEED_TITLE = 'Карьерные самосвалы 90 т для щебёночного карьера в Коврове';
const DAY = 86_400_000;

let t: TestApp;
let browser: Browser;
const pages: WebPage[] = [];
const state: { needUrl?: string } = {};

beforeAll(async () => {
  [t, browser] = await Promise.all([startDemoApp(), launchBrowser()]);
}, 240_000);

afterAll(async () => {
  for (const p of pages) await p.context.close().catch(() => undefined);
  await browser?.close();
  await t?.close();
});

async function open(options: Parameters<typeof openPage>[1] = {}): Promise<WebPage> {
  const web = await openPage(browser, options);
  pages.push(web);
  return web;
}

/** No serious or critical accessibility violation on the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('the procurement officer in the browser (Russian)', () => {
  let web: WebPage;
  beforeAll(async () => {
    web = await open({ viewport: DESKTOP });
  });

  it('opens the home page with the sectors and the cooperation figures', async () => {
    const { page } = web;
    await page.goto(`${t.url}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Белорусские производители/);
    await page.getByRole('link', { name: /Средства наземного транспорта/ }).waitFor();
    await page.getByText(/^предложени\S* опубликовано$/).waitFor();
    expect(await htmlLang(page)).toBe('ru');
    await screenshot(page, 'home-ru-1280', { docs: true });
    await expectAccessible(page);
  }, 60_000);

  it('signs in as the demo buyer and comes back to the page it came from', async () => {
    const { page } = web;
    await page.getByRole('link', { name: 'Войти' }).click();
    await page.waitForURL(/\/login\?next=%2F$/);
    await signIn(page, DEMO_LOGINS.buyer);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('button', { name: /Учётная запись/ }).waitFor();
  }, 60_000);

  it('finds the BelAZ dump truck for «самосвал 90 т», narrowed to Belarusian suppliers', async () => {
    const { page } = web;
    const search = page.getByRole('searchbox', { name: 'Поиск предложений' }).first();
    await search.fill('самосвал 90 т');
    await search.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await page.getByRole('link', { name: BELAZ_75570_TITLE }).waitFor();
    // Highlights are <mark> elements the page builds itself.
    expect(await page.locator('article mark').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /Беларусь/ }).click();
    await page.waitForURL(/country=BY/);
    await page.getByRole('checkbox', { name: /Беларусь/, checked: true }).waitFor();
    await page.getByRole('button', { name: 'Убрать фильтр «Беларусь»' }).waitFor();
    await page.getByRole('link', { name: BELAZ_75570_TITLE }).waitFor();
    const countries = await page.locator('article').evaluateAll((cards) => cards.map((card) => card.textContent ?? ''));
    expect(countries.length).toBeGreaterThan(0);
    expect(countries.every((text) => /Беларусь/.test(text))).toBe(true);
    await screenshot(page, 'search-ru-1280', { docs: true });
    await expectAccessible(page);
  }, 60_000);

  it('opens the BelAZ offering with every field, the verified supplier and "Request contact"', async () => {
    const { page } = web;
    await page.getByRole('link', { name: BELAZ_75570_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: BELAZ_75570_TITLE }).waitFor();
    for (const text of ['Цена', 'Срок поставки', '150 дней', 'Регионы поставки', 'EAC', 'Описание']) await page.getByText(text, { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Запросить контакт' }).waitFor();
    await screenshot(page, 'offering-ru-1280', { docs: true });
    await expectAccessible(page);
  }, 60_000);

  it('creates a need for mining dump trucks with the category picker, and its page shows BelAZ among the matches with reasons', async () => {
    const { page } = web;
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои потребности' }).click();
    await page.getByRole('link', { name: 'Новая потребность' }).first().click();
    await page.getByLabel('Название').fill(NEED_TITLE);
    await page.getByLabel('Описание').fill('Два карьерных самосвала грузоподъёмностью 90 т с шеф-монтажом, обучением водителей и сервисом.');
    const category = page.getByRole('combobox', { name: /Раздел ТН ВЭД/ });
    await category.fill('87.04');
    await page.getByRole('option', { name: /87\.04/ }).click();
    const keywords = page.getByRole('combobox', { name: 'Ключевые слова' });
    await keywords.fill('самосвал');
    await keywords.press('Enter');
    await page.getByLabel('Количество').fill('2');
    // The unit from the OKEI table, found by its name; the delivery region starts at Vladimir Oblast.
    const unit = page.getByRole('combobox', { name: 'Единица' });
    await unit.fill('штука');
    await page.getByRole('option', { name: 'шт — штука' }).click();
    expect(await page.getByRole('combobox', { name: /^Регион поставки/ }).inputValue()).toBe('Владимирская область');
    await page.getByLabel('До', { exact: true }).fill('140000000');
    await page.getByLabel('Нужно до').fill(new Date(Date.now() + 300 * DAY).toISOString().slice(0, 10));
    const certifications = page.getByRole('combobox', { name: 'Обязательные сертификаты' });
    await certifications.fill('EAC');
    await certifications.press('Enter');
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    state.needUrl = page.url();
    await page.getByRole('heading', { level: 1, name: NEED_TITLE }).waitFor();
    const matches = page.getByRole('region', { name: 'Подобранные предложения' });
    const belaz = matches.getByRole('article').filter({ has: page.getByRole('link', { name: BELAZ_75570_TITLE }) });
    await belaz.waitFor();
    const reasons = await belaz.getByRole('list', { name: 'Почему подходит' }).getByRole('listitem').allTextContents();
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(reasons.join('\n')).toMatch(/самосвал/);
    await belaz.getByRole('progressbar', { name: /Совпадение \d+/ }).waitFor();
    await screenshot(page, 'need-matches-ru-1280', { docs: true });
    await expectAccessible(page);
  }, 90_000);

  it('requests contact from the BelAZ match with a message (counted as typed) and the match shows it pending', async () => {
    const { page } = web;
    const belaz = page.getByRole('article').filter({ has: page.getByRole('link', { name: BELAZ_75570_TITLE }) });
    await belaz.getByRole('button', { name: 'Запросить контакт' }).click();
    const dialog = page.getByRole('dialog', { name: 'Запрос контакта' });
    const message = dialog.getByLabel('Сообщение');
    await message.fill('');
    await dialog.getByRole('button', { name: 'Отправить запрос' }).click();
    await dialog.getByText('Напишите сообщение.').waitFor();
    await message.fill('Здравствуйте! Нужны два самосвала БелАЗ-75570 до конца года, прошу связаться.');
    await dialog.getByText(/^\d+ из 2000 символов$/).waitFor();
    await dialog.getByRole('button', { name: 'Отправить запрос' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await belaz.getByText('Ожидает ответа').waitFor();
  }, 60_000);

  it('lists the request as pending among the outgoing contact requests', async () => {
    const { page } = web;
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Запросы контактов' }).click();
    await page.getByRole('tab', { name: 'Отправленные', selected: true }).waitFor();
    const request = page.getByRole('article').filter({ hasText: BELAZ_75570_TITLE });
    await request.getByText('Ожидает ответа').waitFor();
    await request.getByRole('button', { name: 'Отозвать' }).waitFor();
    await screenshot(page, 'contacts-pending-ru-1280');
    await expectAccessible(page);
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('after the supplier accepts (through GraphQL), the bell shows the notification and the contact card appears', async () => {
    const { page } = web;
    const supplier = await apiToken(t, BELAZ_LOGIN);
    const incoming = dataOf(
      await t.gql(`{ contactRequests(direction: INCOMING, status: PENDING, first: 10) { edges { node { id offering { title } } } } }`, {}, supplier),
    ).contactRequests.edges.map((e: { node: { id: string; offering: { title: string } } }) => e.node);
    const request = incoming.find((r: { offering: { title: string } }) => r.offering.title === BELAZ_75570_TITLE);
    expect(request).toBeDefined();
    dataOf(await t.gql(`mutation ($id: ID!) { respondToContactRequest(input: { id: $id, accept: true, message: "Готовы обсудить" }) { status } }`, { id: request.id }, supplier));

    await page.reload(); // the session survives a reload (the refresh cookie)
    const bell = page.getByRole('link', { name: /Уведомления: \d+ непрочитан/ });
    await bell.waitFor();
    await bell.click();
    const accepted = page.getByRole('link', { name: `Ваш запрос принят: «${BELAZ_75570_TITLE}»` });
    await accepted.waitFor();
    await screenshot(page, 'notifications-ru-1280');
    await expectAccessible(page);
    await accepted.click();
    const card = page.getByRole('group', { name: 'Контактное лицо' });
    await card.waitFor();
    await card.getByRole('link', { name: /Написать: .+@belaz\.example\.by/ }).waitFor();
    await page.getByText('Принят', { exact: true }).first().waitFor();
    await screenshot(page, 'contacts-ru-1280', { docs: true });
    await expectAccessible(page);
    expect(web.errors).toEqual([]);
  }, 60_000);
});

describe('the same pages on a 360 px phone', () => {
  it('fit the screen, keep every control reachable and stay accessible', async () => {
    const web = await open({ viewport: PHONE });
    const { page } = web;
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: /Средства наземного транспорта/ }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'home-ru-360', { docs: true });
    // axe runs here on the phone's home and contact pages; the search and need pages have the same markup
    // as on the desktop, where it checked them (each run of it on a long list costs ~10 s).
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Войти' }).click();
    await signIn(page, DEMO_LOGINS.buyer);

    await page.goto(`${t.url}/search?q=${encodeURIComponent('самосвал 90 т')}&country=BY`);
    await page.getByRole('link', { name: BELAZ_75570_TITLE }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'search-ru-360', { docs: true });
    // On a phone the filters open in a panel.
    await page.getByRole('button', { name: /Фильтры/ }).click();
    await page.getByRole('dialog', { name: 'Фильтры' }).getByRole('checkbox', { name: /Беларусь/ }).waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: BELAZ_75570_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: BELAZ_75570_TITLE }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'offering-ru-360', { docs: true });

    await page.goto(state.needUrl!);
    await page.getByRole('region', { name: 'Подобранные предложения' }).getByRole('link', { name: BELAZ_75570_TITLE }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'need-matches-ru-360', { docs: true });

    // The navigation opens from the menu button.
    await page.getByRole('button', { name: 'Открыть меню' }).click();
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Запросы контактов' }).click();
    await page.getByRole('group', { name: 'Контактное лицо' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'contacts-ru-360', { docs: true });
    await expectAccessible(page);
    expect(web.errors).toEqual([]);
  }, 120_000);
});

describe('in English', () => {
  it('shows the home page and the need with its matches and reasons in English', async () => {
    const web = await open({ viewport: DESKTOP, language: 'en' });
    const { page } = web;
    await page.goto(`${t.url}/`);
    await page.getByRole('heading', { level: 1, name: /Belarusian manufacturers/ }).waitFor();
    await page.getByRole('link', { name: /Vehicles/ }).first().waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.locator('body').innerText()).not.toMatch(/[а-яё]/i);
    await screenshot(page, 'home-en-1280', { docs: true });
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, DEMO_LOGINS.buyer, { email: 'E-mail', password: 'Password', submit: 'Sign in' });
    await page.goto(state.needUrl!);
    const matches = page.getByRole('region', { name: 'Matching offerings' });
    const belaz = matches.getByRole('article').filter({ has: page.getByRole('link', { name: BELAZ_75570_TITLE }) });
    // Reasons come from the API in the account's language, which this browser's English choice set at sign-in.
    const reasons = belaz.getByRole('list', { name: 'Why it fits' }).getByRole('listitem');
    await reasons.filter({ hasText: /^matched: / }).waitFor();
    await reasons.filter({ hasText: /^same (heading|chapter|section)/ }).waitFor();
    await belaz.getByText('Accepted').waitFor();
    await screenshot(page, 'need-matches-en-1280', { docs: true });

    // The search page in English: an English query finds the Russian listing through the synonyms.
    await page.goto(`${t.url}/search?q=${encodeURIComponent('mining dump trucks')}`);
    await page.getByRole('heading', { level: 1, name: 'Search offerings' }).waitFor();
    await page.getByRole('link', { name: BELAZ_75570_TITLE }).first().waitFor();
    await page.getByText(/^\d+ offerings? found$/).waitFor();
    await page.getByText('Catalogue section', { exact: true }).first().waitFor();
    expect(await page.locator('article mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'search-en-1280', { docs: true });
    await expectAccessible(page);
    expect(web.errors).toEqual([]);
  }, 90_000);
});

describe('managing needs, requests and notifications', () => {
  it('edits the need, closes and reopens it, withdraws a second request and marks notifications read', async () => {
    // The English test left English on the account; this browser chooses Russian, which the account then takes.
    const web = await open({ viewport: DESKTOP, language: 'ru' });
    const { page } = web;
    await page.goto(`${t.url}/login?next=${encodeURIComponent('/needs')}`);
    await signIn(page, DEMO_LOGINS.buyer);
    await page.getByRole('tab', { name: /Открытые \(\d+\)/, selected: true }).waitFor();
    const need = page.getByRole('article').filter({ has: page.getByRole('link', { name: NEED_TITLE }) });
    await need.getByRole('link', { name: 'Изменить' }).click();
    await page.getByRole('heading', { level: 1, name: 'Изменить потребность' }).waitFor();
    // The pickers show the stored codes by name in the page language.
    await page.getByLabel('Название').and(page.locator(`[value="${NEED_TITLE}"]`)).waitFor();
    expect(await page.getByRole('combobox', { name: 'Единица' }).inputValue()).toBe('шт — штука');
    expect(await page.getByRole('combobox', { name: /^Регион поставки/ }).inputValue()).toBe('Владимирская область');
    await page.getByLabel('Количество').fill('3');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL(state.needUrl!);
    await page.getByText('3 шт', { exact: true }).waitFor();
    await page.getByText('Владимирская область', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Закрыть', exact: true }).click();
    await page.getByText('Закрыта', { exact: true }).first().waitFor();
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои потребности' }).click();
    await page.getByRole('tab', { name: /Закрытые \(\d+\)/ }).click();
    const closed = page.getByRole('article', { name: NEED_TITLE });
    await closed.getByRole('button', { name: 'Открыть снова' }).click();
    await closed.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /Открытые/ }).click();
    await page.getByRole('article', { name: NEED_TITLE }).waitFor();

    // A second request, from the need's second match, withdrawn from the contact requests page.
    await page.goto(state.needUrl!);
    const second = page.getByRole('region', { name: 'Подобранные предложения' }).getByRole('article').filter({ has: page.getByRole('button', { name: 'Запросить контакт' }) }).first();
    const title = (await second.getByRole('link').first().textContent())!;
    await second.getByRole('button', { name: 'Запросить контакт' }).click();
    await page.getByRole('dialog', { name: 'Запрос контакта' }).getByRole('button', { name: 'Отправить запрос' }).click();
    await page.getByRole('dialog', { name: 'Запрос контакта' }).waitFor({ state: 'hidden' });
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Запросы контактов' }).click();
    const request = page.getByRole('article').filter({ hasText: title });
    await request.getByRole('button', { name: 'Отозвать' }).click();
    await page.getByRole('dialog', { name: 'Отозвать запрос?' }).getByRole('button', { name: 'Отозвать' }).click();
    await request.getByText('Отозван', { exact: true }).waitFor();
    expect(await request.getByRole('button', { name: 'Отозвать' }).count()).toBe(0);

    // The accepted request's notification was read when it was opened; whatever else is unread goes at once.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Уведомления' }).click();
    const accepted = page.getByRole('article').filter({ has: page.getByRole('link', { name: `Ваш запрос принят: «${BELAZ_75570_TITLE}»` }) });
    await accepted.waitFor();
    expect(await accepted.getByText('не прочитано').count()).toBe(0);
    const markAll = page.getByRole('button', { name: 'Отметить все прочитанными' });
    if (await markAll.isEnabled()) await markAll.click();
    await page.getByRole('link', { name: 'Уведомления: непрочитанных нет' }).waitFor();
    await page.getByText(/^Непрочитанные \(0\)$/).click();
    await page.getByText('Все уведомления прочитаны.').waitFor();
    expect(web.errors).toEqual([]);
  }, 90_000);
});
