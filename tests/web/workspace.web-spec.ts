import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createAdmin, createOffering, createOwner, TEST_PASSWORD, type TestOwner } from '../support/factories.js';
import { linkIn } from '../support/mail.js';
import { dataOf, type TestApp } from '../support/test-app.js';
import { accessibilityViolations, DESKTOP, launchBrowser, openPage, PHONE, screenshot, type WebPage } from './support/browser.js';
import { apiToken, BELAZ_75570_TITLE, BELAZ_LOGIN, DEMO_LOGINS, expectNoSidewaysScroll, signIn, startDemoApp } from './support/demo-app.js';

// The organization, the working group and the admin in a real Chromium against the real API with the demo data:
// an owner edits the details (a tax id refused at the field) and invites a colleague who registers through the
// link and lands in the organization; the dashboard's figures and its CSV equal cooperationStats; an admin
// verifies an organization and its offering shows the badge in search.
let t: TestApp;
let browser: Browser;
const pages: WebPage[] = [];

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

/** The same digits with another last digit: only the check digit is wrong. */
const wrongCheckDigit = (taxId: string) => taxId.slice(0, -1) + String((Number(taxId.at(-1)) + 1) % 10);

describe('an organization owner', () => {
  let owner: TestOwner;
  let web: WebPage;
  const colleague = `colleague.${Date.now()}@example.by`;
  const state: { link?: string } = {};
  beforeAll(async () => {
    owner = await createOwner(t, { name: 'ОАО «Борисовский завод автотракторного электрооборудования»' });
    web = await open({ viewport: DESKTOP });
  });

  it('edits the details in the settings: the API refuses a wrong tax id check digit at the field', async () => {
    const { page } = web;
    await page.goto(`${t.url}/login?next=${encodeURIComponent('/settings/organization')}`);
    await signIn(page, { email: owner.email, password: TEST_PASSWORD });
    await page.getByRole('heading', { level: 1, name: owner.org.name }).waitFor();
    const taxId = page.getByLabel(/^УНП/);
    const original = await taxId.inputValue();
    await taxId.fill(wrongCheckDigit(original));
    await page.getByLabel(/^Город/).fill('Борисов');
    await page.getByRole('button', { name: 'Сохранить данные' }).click();
    await page.getByText(/контрольн/).first().waitFor();
    expect(await taxId.getAttribute('aria-invalid')).toBe('true');
    await taxId.fill(original);
    await page.getByRole('button', { name: 'Сохранить данные' }).click();
    await page.getByText('Данные сохранены').waitFor();
    const saved = dataOf(await t.gql(`query ($id: ID!) { organization(id: $id) { city taxId } }`, { id: owner.org.id })).organization;
    expect(saved).toEqual({ city: 'Борисов', taxId: original });
    const members = page.getByRole('list', { name: 'Сотрудники' });
    await members.getByText('Владелец').waitFor();
    await members.getByText('(вы)').waitFor();
  }, 60_000);

  it('invites a colleague by e-mail: the link shows to copy and the invitation waits in the list', async () => {
    const { page } = web;
    await page.getByLabel('Электронная почта коллеги').fill('not an address');
    await page.getByRole('button', { name: 'Пригласить' }).click();
    await page.getByText('Введите адрес электронной почты, например name@company.by.').waitFor();
    await page.getByLabel('Электронная почта коллеги').fill(colleague);
    await page.getByRole('button', { name: 'Пригласить' }).click();
    const link = page.getByRole('textbox', { name: 'Ссылка-приглашение' });
    await link.waitFor();
    state.link = await link.inputValue();
    expect(state.link).toMatch(new RegExp(`^${t.url}/invites/[A-Za-z0-9_-]+$`));
    await page.getByRole('button', { name: 'Скопировать ссылку' }).waitFor();
    await page.getByRole('list', { name: 'Приглашения, ждущие ответа' }).getByText(colleague).waitFor();
    // The same link went by mail.
    const [mail] = await t.mail.waitFor(colleague, { where: (m) => m.text.includes('/invites/') });
    expect(linkIn(mail, '/invites/').toString()).toBe(state.link!.replace(t.url, t.config.publicUrl));
    await screenshot(page, 'organization-settings-ru-1280', { docs: true });
    await expectAccessible(page);
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('the colleague opens the link, registers, confirms the address, joins and sees the organization', async () => {
    const other = await open({ viewport: DESKTOP });
    const { page } = other;
    await page.goto(state.link!);
    await page.getByRole('link', { name: 'Зарегистрироваться' }).click();
    await page.getByLabel(/^Имя и фамилия/).fill('Ирина Лукашевич');
    await page.getByLabel(/^Электронная почта/).fill(colleague);
    await page.getByLabel(/^Пароль/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Создать учётную запись' }).click();
    await page.waitForURL(/\/invites\//);
    const [mail] = await t.mail.waitFor(colleague, { where: (m) => m.text.includes('/verify-email') });
    const verify = linkIn(mail, '/verify-email');
    await page.goto(`${t.url}${verify.pathname}${verify.search}`);
    await page.getByText('Адрес подтверждён.', { exact: false }).waitFor();
    await page.goto(state.link!);
    await page.getByRole('button', { name: 'Присоединиться' }).click();
    await page.waitForURL(new RegExp(`/organizations/${owner.org.id}$`));
    await page.getByRole('heading', { level: 1, name: owner.org.name }).waitFor();
    await page.getByText('Это ваша организация').waitFor();

    // Back at the owner's settings: a member now, no invitation waiting.
    await web.page.reload();
    await web.page.getByRole('list', { name: 'Сотрудники' }).getByText('Ирина Лукашевич').waitFor();
    await web.page.getByText('Нет приглашений, ждущих ответа.').waitFor();
    expect(other.errors).toEqual([]);
  }, 90_000);

  it('shows the settings on a phone and in English, and the account pages the mails link to', async () => {
    const phone = await open({ viewport: PHONE });
    await phone.page.goto(`${t.url}/login?next=${encodeURIComponent('/settings/organization')}`);
    await signIn(phone.page, { email: owner.email, password: TEST_PASSWORD });
    await phone.page.getByRole('list', { name: 'Сотрудники' }).waitFor();
    await expectNoSidewaysScroll(phone.page);
    await screenshot(phone.page, 'organization-settings-ru-360', { docs: true });
    await phone.page.goto(`${t.url}/settings/security`);
    await phone.page.getByRole('list', { name: 'Где выполнен вход' }).getByText('Этот браузер').waitFor();
    await expectNoSidewaysScroll(phone.page);
    await expectAccessible(phone.page);

    const english = await open({ viewport: DESKTOP, language: 'en' });
    const { page } = english;
    await page.goto(`${t.url}/login?next=${encodeURIComponent('/settings/notifications')}`);
    await signIn(page, { email: owner.email, password: TEST_PASSWORD }, { email: 'E-mail', password: 'Password', submit: 'Sign in' });
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('radiogroup', { name: 'New matches for your needs and offerings' }).getByRole('radio', { name: 'Not by e-mail' }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Notification settings saved').waitFor();
    const preferences = dataOf(await t.gql(`{ notificationPreferences { kind delivery } }`, {}, owner.token)).notificationPreferences;
    expect(preferences).toContainEqual({ kind: 'NEW_MATCH', delivery: 'NEVER' });
    await expectAccessible(page);
    await page.getByRole('tab', { name: 'Organization' }).click();
    await page.getByRole('heading', { level: 2, name: 'Invite a colleague' }).waitFor();
    await screenshot(page, 'organization-settings-en-1280', { docs: true });
    expect(phone.errors).toEqual([]);
    expect(english.errors).toEqual([]);
  }, 90_000);
});

interface DashboardFigures {
  publishedOfferings: number;
  openNeeds: number;
  contactRequests: number;
  acceptedContacts: number;
  bySector: Array<{ category: { code: string }; offerings: number; needs: number; contactRequests: number; acceptedContacts: number }>;
}

const STATS = `query ($from: DateTime, $to: DateTime) { cooperationStats(from: $from, to: $to) { publishedOfferings openNeeds contactRequests acceptedContacts bySector { category { code } offerings needs contactRequests acceptedContacts } } }`;
const digits = (text: string) => Number(text.replace(/\D/g, ''));

describe('the cooperation dashboard', () => {
  it('shows for "all time" and "this year" the figures cooperationStats gives for that range, and the CSV has the same numbers', async () => {
    // Two requests today on the BelAZ dump truck, one of them accepted: the demo data has none of its own.
    const buyer = await apiToken(t, DEMO_LOGINS.buyer);
    const belaz = await apiToken(t, BELAZ_LOGIN);
    const own = dataOf(await t.gql(`{ me { organization { offerings(first: 100, status: PUBLISHED) { edges { node { id title } } } } } }`, {}, belaz)).me.organization.offerings.edges;
    const offering = own.find((e: { node: { title: string } }) => e.node.title === BELAZ_75570_TITLE).node.id;
    const { id } = dataOf(await t.gql(`mutation ($id: ID!) { requestContact(input: { offeringId: $id, message: "Нужны два самосвала" }) { id } }`, { id: offering }, buyer)).requestContact;
    dataOf(await t.gql(`mutation ($id: ID!) { respondToContactRequest(input: { id: $id, accept: true }) { status } }`, { id }, belaz));
    const other = await createOwner(t, { country: 'RU', region: 'Vladimir Oblast' });
    dataOf(await t.gql(`mutation ($id: ID!) { requestContact(input: { offeringId: $id, message: "Интересует цена" }) { id } }`, { id: offering }, other.token));

    const web = await open({ viewport: DESKTOP });
    const { page } = web;
    await page.goto(`${t.url}/stats?range=all`);
    await page.getByRole('heading', { level: 1, name: 'Панель сотрудничества' }).waitFor();
    const table = page.getByRole('table', { name: 'Все отрасли' });
    await table.waitFor();
    const all: DashboardFigures = dataOf(await t.gql(STATS, { from: null, to: null })).cooperationStats;
    expect(all.contactRequests).toBeGreaterThanOrEqual(2);
    expect(all.acceptedContacts).toBeGreaterThanOrEqual(1);

    const rowFigures = async (sector: string) =>
      Promise.all(['offerings', 'needs', 'contactRequests', 'acceptedContacts'].map(async (series) => digits(await table.locator(`[data-sector="${sector}"] [data-series="${series}"]`).innerText())));
    expect(await rowFigures('total')).toEqual([all.publishedOfferings, all.openNeeds, all.contactRequests, all.acceptedContacts]);
    for (const sector of all.bySector) expect([sector.category.code, ...(await rowFigures(sector.category.code))]).toEqual([sector.category.code, sector.offerings, sector.needs, sector.contactRequests, sector.acceptedContacts]);
    await page.getByRole('img', { name: 'Запросов контактов' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('Код,Отрасль,Опубликовано предложений,Открытых потребностей,Запросов контактов,Открытых контактов,"Запрос → контакт, %"');
    const numbers = (line: string) => line.split(',').slice(-5, -1).map(Number);
    for (const sector of all.bySector) {
      const line = csv.find((l) => l.startsWith(`${sector.category.code},`));
      expect(numbers(line!)).toEqual([sector.offerings, sector.needs, sector.contactRequests, sector.acceptedContacts]);
    }
    expect(numbers(csv.at(-1)!)).toEqual([all.publishedOfferings, all.openNeeds, all.contactRequests, all.acceptedContacts]);
    await screenshot(page, 'stats-ru-1280', { docs: true });
    await expectAccessible(page);

    // This year: the window starts on 1 January (UTC) and ends when the page asked.
    const before = new Date().toISOString();
    await page.getByRole('button', { name: 'Этот год' }).click();
    await page.waitForURL((url) => !url.search.includes('range='));
    const after = new Date().toISOString();
    const from = `${before.slice(0, 4)}-01-01T00:00:00.000Z`;
    const year: DashboardFigures = dataOf(await t.gql(STATS, { from, to: after })).cooperationStats;
    await page.getByText(/^Запросы и контакты с 1 января/).waitFor();
    const expected = [year.publishedOfferings, year.openNeeds, year.contactRequests, year.acceptedContacts];
    const deadline = Date.now() + 10_000;
    let shown = await rowFigures('total');
    while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) shown = await rowFigures('total');
    expect(shown).toEqual(expected);
    expect(web.errors).toEqual([]);
  }, 90_000);

  it('fits a phone and reads in English with English number formatting', async () => {
    const phone = await open({ viewport: PHONE });
    await phone.page.goto(`${t.url}/stats?range=all`);
    await phone.page.getByRole('table', { name: 'Все отрасли' }).waitFor();
    await expectNoSidewaysScroll(phone.page);
    await screenshot(phone.page, 'stats-ru-360', { docs: true });

    const english = await open({ viewport: DESKTOP, language: 'en' });
    await english.page.goto(`${t.url}/stats?range=all`);
    const table = english.page.getByRole('table', { name: 'All sectors' });
    await table.waitFor();
    const all: DashboardFigures = dataOf(await t.gql(STATS, { from: null, to: null })).cooperationStats;
    const total = await table.locator('[data-sector="total"] [data-series="offerings"]').innerText();
    expect(total).toBe(new Intl.NumberFormat('en-GB').format(all.publishedOfferings));
    await screenshot(english.page, 'stats-en-1280', { docs: true });
    expect(phone.errors).toEqual([]);
    expect(english.errors).toEqual([]);
  }, 60_000);
});

describe('the admin desk', () => {
  it('an admin verifies an organization from the queue (tax id and register link shown); its offering then shows the badge in search', async () => {
    const owner = await createOwner(t, { name: 'ОАО «Минский подшипниковый завод» тест' });
    const offering = await createOffering(t, owner.token, { title: 'Подшипники роликовые конические для карьерной техники' });
    await t.drainOutbox();
    const admin = await createAdmin(t);
    const web = await open({ viewport: DESKTOP });
    const { page } = web;

    // Before: no badge on the offering in search.
    await page.goto(`${t.url}/search?q=${encodeURIComponent('подшипники роликовые конические')}`);
    const hit = page.getByRole('article').filter({ has: page.getByRole('link', { name: offering.title }) });
    await hit.waitFor();
    expect(await hit.getByText('Проверено').count()).toBe(0);

    await page.goto(`${t.url}/login?next=${encodeURIComponent('/admin')}`);
    await signIn(page, { email: admin.email, password: TEST_PASSWORD });
    await page.getByRole('heading', { level: 1, name: 'Рабочее место администратора' }).waitFor();
    await page.getByRole('group', { name: 'Очередь индексации поиска' }).getByText(/ожидают: \d+/).waitFor();
    await page.getByLabel('Название организации').fill('Минский подшипниковый');
    const card = page.getByRole('article', { name: owner.org.name });
    await card.getByText(dataOf(await t.gql(`query ($id: ID!) { organization(id: $id) { taxId } }`, { id: owner.org.id })).organization.taxId).waitFor();
    expect(await card.getByRole('link', { name: 'Поиск в ЕГР (Беларусь)' }).getAttribute('href')).toMatch(/^https:\/\/egr\.gov\.by\//);
    await screenshot(page, 'admin-ru-1280', { docs: true });
    await expectAccessible(page);
    await card.getByRole('button', { name: 'Подтвердить' }).click();
    await card.waitFor({ state: 'detached' });
    expect(dataOf(await t.gql(`query ($id: ID!) { organization(id: $id) { verified } }`, { id: owner.org.id })).organization.verified).toBe(true);

    await t.drainOutbox();
    await page.goto(`${t.url}/search?q=${encodeURIComponent('подшипники роликовые конические')}`);
    await hit.getByText('Проверено').waitFor();
    expect(web.errors).toEqual([]);
  }, 90_000);

  it('is not there for anyone but admins', async () => {
    const web = await open({ viewport: DESKTOP });
    const owner = await createOwner(t);
    await web.page.goto(`${t.url}/login?next=${encodeURIComponent('/admin')}`);
    await signIn(web.page, { email: owner.email, password: TEST_PASSWORD });
    await web.page.getByRole('heading', { level: 1, name: 'Страница не найдена' }).waitFor();
    expect(await web.page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Администрирование' }).count()).toBe(0);
  }, 60_000);
});
