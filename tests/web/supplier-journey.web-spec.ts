import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { dataOf, type TestApp } from '../support/test-app.js';
import { accessibilityViolations, DESKTOP, launchBrowser, openPage, PHONE, screenshot, type WebPage } from './support/browser.js';
import { apiToken, DEMO_LOGINS, expectNoSidewaysScroll, signIn, startDemoApp } from './support/demo-app.js';
import { pollUntil } from './support/in-page.js';

// The supplier's side in a real Chromium against the real API and the demo data: MAZ's representative creates
// and publishes an offering, sees the buyers' needs it matches with reasons, gets a contact request from the
// Vladimir Oblast buyer (made through GraphQL) counted in the header, accepts it with a reply and reads the
// buyer's contact card. Screenshots (1280 and 360 px, Russian and English) are the README's.
const OFFERING_TITLE = 'Городской электробус МАЗ-303E для маршрутов Владимира';
const BUS_NEED_TITLE = 'Поставка 40 городских автобусов большого класса';
const DAY = 86_400_000;

let t: TestApp;
let browser: Browser;
const pages: WebPage[] = [];
const state: { offeringId?: string } = {};

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

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The number in the header's "contact requests awaiting your reply" link (0 when none). */
async function pendingInHeader(page: Page): Promise<number> {
  const label = (await page.getByRole('link', { name: /^Запросы контактов: / }).getAttribute('aria-label')) ?? '';
  const match = /(\d+)/.exec(label);
  return match ? Number(match[1]) : 0;
}

describe('the supplier in the browser (Russian)', () => {
  let web: WebPage;
  beforeAll(async () => {
    web = await open({ viewport: DESKTOP });
  });

  it('signs in as MAZ and sees its offerings by status with counts', async () => {
    const { page } = web;
    await page.goto(`${t.url}/login?next=${encodeURIComponent('/offerings')}`);
    await signIn(page, DEMO_LOGINS.supplier);
    await page.getByRole('heading', { level: 1, name: 'Мои предложения' }).waitFor();
    await page.getByRole('tab', { name: /^Опубликованные \(\d+\)$/, selected: true }).waitFor();
    await page.getByRole('tab', { name: /^Черновики \(\d+\)$/ }).waitFor();
    await page.getByRole('tab', { name: /^Архив \(\d+\)$/ }).waitFor();
    await page.getByRole('link', { name: /МАЗ-203/ }).first().waitFor();
    // A partnership offering's category reads as its name: the platform's internal codes (P.SERVICE_CENTER) never show.
    await page.getByText('Сотрудничество · Сервисные центры').first().waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\b[SP]\.[A-Z_]{3,}/);
    await screenshot(page, 'my-offerings-ru-1280', { docs: true });
    await expectAccessible(page);
  }, 60_000);

  it('saves a new offering as a draft, previews it as buyers will see it, then publishes it and sees the needs it matches with reasons', async () => {
    const { page } = web;
    await page.getByRole('link', { name: 'Новое предложение' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Новое предложение' }).waitFor();
    // The API's refusals and the form's own checks show at the fields.
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByText('Название — от 3 до 200 символов.').waitFor();
    await page.getByText('Выберите раздел: начните вводить название или код ТН ВЭД.').waitFor();

    await page.getByLabel(/^Название/).fill(OFFERING_TITLE);
    await page.getByLabel(/^Описание/).fill('Низкопольный электробус большого класса длиной 12 м, до 90 пассажиров, кондиционер салона, аппарель. Зарядка от ночной станции; сервис во Владимире.');
    const category = page.getByRole('combobox', { name: /Раздел ТН ВЭД/ });
    await category.fill('87.02');
    await page.getByRole('option', { name: /87\.02/ }).first().click();
    const keywords = page.getByRole('combobox', { name: 'Ключевые слова' });
    for (const word of ['автобус', 'городской автобус', 'электробус']) {
      await keywords.fill(word);
      await keywords.press('Enter');
    }
    await page.getByLabel('От', { exact: true }).fill('21000000');
    await page.getByLabel('До', { exact: true }).fill('20000000');
    await page.getByLabel('Срок поставки, дней').fill('150');
    const certifications = page.getByRole('combobox', { name: 'Сертификаты' });
    await certifications.fill('EAC');
    await certifications.press('Enter');
    await page.getByLabel('Действует до').fill(new Date(Date.now() + 200 * DAY).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Сохранить черновик' }).click();
    await page.getByText('Максимум не может быть меньше минимума.').waitFor();
    await page.getByLabel('До', { exact: true }).fill('24000000');
    await screenshot(page, 'offering-editor-ru-1280', { docs: true });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Сохранить черновик' }).click();

    // The draft's page is what buyers will see, under a bar that says so.
    await page.waitForURL(/\/offerings\/[0-9a-f-]{36}$/);
    state.offeringId = new URL(page.url()).pathname.split('/')[2];
    await page.getByRole('heading', { level: 1, name: OFFERING_TITLE }).waitFor();
    const bar = page.getByRole('region', { name: 'Ваше предложение' });
    await bar.getByText('Черновик: так его увидят заказчики после публикации.').waitFor();
    await page.getByText('Черновик', { exact: true }).first().waitFor();
    await expectAccessible(page);

    await bar.getByRole('button', { name: 'Опубликовать' }).click();
    await bar.getByText('Ваше предложение опубликовано: так его видят заказчики.').waitFor();
    await bar.getByRole('link', { name: 'Подходящие потребности' }).click();
    await page.waitForURL(/\/matches$/);
    const matches = page.getByRole('region', { name: 'Подходящие потребности' });
    // The demo data has more than one need of that title; the showcase one is among them.
    const busNeed = matches.getByRole('article').filter({ has: page.getByRole('link', { name: BUS_NEED_TITLE }) }).first();
    await busNeed.waitFor();
    const reasons = await busNeed.getByRole('list', { name: 'Почему подходит' }).getByRole('listitem').allTextContents();
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(reasons.join('\n')).toMatch(/автобус/);
    await busNeed.getByRole('progressbar', { name: /Совпадение \d+/ }).waitFor();
    await busNeed.getByRole('button', { name: 'Запросить контакт' }).waitFor();
    await screenshot(page, 'offering-matches-ru-1280', { docs: true });
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои предложения' }).click();
    await page.getByRole('article').filter({ has: page.getByRole('link', { name: OFFERING_TITLE }) }).getByText('Опубликовано').waitFor();
  }, 120_000);

  it('counts the buyer\'s request in the header, accepts it with a reply and shows the buyer\'s contact card', async () => {
    const { page } = web;
    const before = await pendingInHeader(page);
    const buyer = await apiToken(t, DEMO_LOGINS.buyer);
    const message = 'Здравствуйте! Рассматриваем электробусы для Владимира, пришлите коммерческое предложение.';
    dataOf(await t.gql(`mutation ($id: ID!, $message: String!) { requestContact(input: { offeringId: $id, message: $message }) { id } }`, { id: state.offeringId, message }, buyer));

    // The header asks again on every page.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Поиск потребностей' }).click();
    await page.getByRole('link', { name: `Запросы контактов: ${before + 1} ждут вашего ответа` }).or(page.getByRole('link', { name: `Запросы контактов: ${before + 1} ждёт вашего ответа` })).click();
    await page.getByRole('tab', { name: 'Полученные', selected: true }).waitFor();
    const request = page.getByRole('article').filter({ hasText: OFFERING_TITLE });
    await request.getByText(message, { exact: false }).waitFor();
    await request.getByText('Ожидает ответа').waitFor();
    await screenshot(page, 'incoming-requests-ru-1280', { docs: true });
    await expectAccessible(page);

    await request.getByLabel('Ответ (необязательно)').fill('Готовы приехать с презентацией на следующей неделе.');
    await request.getByRole('button', { name: 'Принять и открыть контакты' }).click();
    const card = request.getByRole('group', { name: 'Контактное лицо' });
    await card.waitFor();
    await card.getByRole('link', { name: /Написать: buyer@vladimir\.example\.ru/ }).waitFor();
    await request.getByText('Принят', { exact: true }).waitFor();
    await request.getByText(/Готовы приехать с презентацией/).waitFor();
    // The header's count is refetched after the answer (not awaited by the page): wait for it.
    await expect(pollUntil(async () => (await pendingInHeader(page)) === before)).resolves.toBe(true);
    await screenshot(page, 'incoming-accepted-ru-1280');
    await expectAccessible(page);
    expect(web.errors).toEqual([]);
  }, 90_000);

  it('declines a second request with a reply; the requester reads it', async () => {
    const { page } = web;
    const other = await apiToken(t, { email: 'zakupki@vpt.example.ru', password: DEMO_LOGINS.buyer.password });
    const { id } = dataOf(await t.gql(`mutation ($id: ID!) { requestContact(input: { offeringId: $id, message: "Нужны 10 электробусов" }) { id } }`, { id: state.offeringId }, other)).requestContact;
    await page.reload();
    const request = page.getByRole('article').filter({ hasText: 'Нужны 10 электробусов' });
    await request.getByLabel('Ответ (необязательно)').fill('Партия от 20 машин.');
    await request.getByRole('button', { name: 'Отклонить' }).click();
    await request.getByText('Отклонён', { exact: true }).waitFor();
    const seen = dataOf(await t.gql(`query ($id: ID!) { contactRequest(id: $id) { status responseMessage } }`, { id }, other)).contactRequest;
    expect(seen).toEqual({ status: 'DECLINED', responseMessage: 'Партия от 20 машин.' });
  }, 60_000);

  it('archives the offering and publishes it again from My offerings', async () => {
    const { page } = web;
    await page.goto(`${t.url}/offerings`);
    const card = page.getByRole('article', { name: OFFERING_TITLE });
    await card.getByRole('button', { name: 'В архив' }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /^Архив/ }).click();
    const archived = page.getByRole('article', { name: OFFERING_TITLE });
    await archived.getByRole('button', { name: 'Опубликовать снова' }).click();
    await archived.waitFor({ state: 'detached' });
    const status = dataOf(await t.gql(`query ($id: ID!) { offering(id: $id) { status } }`, { id: state.offeringId })).offering;
    expect(status).toEqual({ status: 'PUBLISHED' });
    expect(web.errors).toEqual([]);
  }, 60_000);
});

describe('the needs search', () => {
  it('finds the buyers\' open needs for a query, narrows them by the buyer\'s country in the URL, and keeps them on reload', async () => {
    const web = await open({ viewport: DESKTOP });
    const { page } = web;
    await page.goto(`${t.url}/search/needs`);
    const search = page.getByRole('searchbox', { name: 'Поиск потребностей' });
    await search.fill('автобус');
    await search.press('Enter');
    await page.waitForURL(/\/search\/needs\?q=/);
    await page.getByRole('link', { name: BUS_NEED_TITLE }).first().waitFor();
    await page.getByRole('complementary').getByRole('checkbox', { name: /Россия/ }).click();
    await page.waitForURL(/country=RU/);
    await page.reload();
    await page.getByRole('checkbox', { name: /Россия/, checked: true }).first().waitFor();
    await page.getByRole('link', { name: BUS_NEED_TITLE }).first().waitFor();
    await page.getByText(/^Найден[оа]? \d+ потребност/).waitFor();
    await screenshot(page, 'need-search-ru-1280');
    await expectAccessible(page);
    expect(web.errors).toEqual([]);
  }, 60_000);
});

describe('the supplier\'s pages on a 360 px phone and in English', () => {
  it('fit a phone and stay accessible', async () => {
    const web = await open({ viewport: PHONE });
    const { page } = web;
    await page.goto(`${t.url}/login?next=${encodeURIComponent('/offerings')}`);
    await signIn(page, DEMO_LOGINS.supplier);
    await page.getByRole('link', { name: OFFERING_TITLE }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'my-offerings-ru-360', { docs: true });
    await expectAccessible(page);
    await page.goto(`${t.url}/offerings/${state.offeringId}/edit`);
    await page.getByLabel(/^Название/).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'offering-editor-ru-360', { docs: true });
    await page.goto(`${t.url}/offerings/${state.offeringId}/matches`);
    await page.getByRole('link', { name: BUS_NEED_TITLE }).first().waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'offering-matches-ru-360', { docs: true });
    await page.goto(`${t.url}/contact-requests?tab=incoming`);
    await page.getByRole('group', { name: 'Контактное лицо' }).first().waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'incoming-requests-ru-360', { docs: true });
    await expectAccessible(page);
    expect(web.errors).toEqual([]);
  }, 90_000);

  it('shows My offerings and the editor in English', async () => {
    const web = await open({ viewport: DESKTOP, language: 'en' });
    const { page } = web;
    await page.goto(`${t.url}/login?next=${encodeURIComponent('/offerings')}`);
    await signIn(page, DEMO_LOGINS.supplier, { email: 'E-mail', password: 'Password', submit: 'Sign in' });
    await page.getByRole('heading', { level: 1, name: 'My offerings' }).waitFor();
    await page.getByRole('tab', { name: /^Published \(\d+\)$/ }).waitFor();
    await screenshot(page, 'my-offerings-en-1280', { docs: true });
    await page.getByRole('link', { name: 'New offering' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New offering' }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/[а-яё]/i);
    await screenshot(page, 'offering-editor-en-1280', { docs: true });
    await expectAccessible(page);
    expect(web.errors).toEqual([]);
  }, 60_000);
});
