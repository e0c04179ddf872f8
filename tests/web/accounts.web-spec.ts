import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createOwner, freshTaxId, registerUser, TEST_PASSWORD } from '../support/factories.js';
import { linkIn } from '../support/mail.js';
import { dataOf, type TestApp } from '../support/test-app.js';
import { accessibilityViolations, launchBrowser, openPage, screenshot, type WebPage } from './support/browser.js';
import { signIn, startWebApp } from './support/demo-app.js';
import { scriptCookies, storedText } from './support/in-page.js';

// Accounts in the browser: registering in English (the mailed confirmation link, then a tax id the API refuses at
// the field), the session kept in an HttpOnly cookie across reloads and ended by sign-out, private pages that come
// back after sign-in, a forgotten password, and an invite link.
let t: TestApp;
let browser: Browser;
const pages: WebPage[] = [];

beforeAll(async () => {
  [t, browser] = await Promise.all([startWebApp(), launchBrowser()]);
}, 120_000);

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

/** The same digits with another last digit: only the check digit is wrong. */
const wrongCheckDigit = (taxId: string) => taxId.slice(0, -1) + String((Number(taxId.at(-1)) + 1) % 10);

describe('a new user', () => {
  it('registers in English, gets the API\'s tax id refusal at the field, fixes it and lands in their organization', async () => {
    const web = await open({ language: 'en' });
    const { page } = web;
    await page.goto(`${t.url}/register`);
    await page.getByLabel(/^Full name/).fill('Anna Kovalenko');
    await page.getByLabel(/^Position/).fill('Export manager');
    const email = `anna.${Date.now()}@example.by`;
    await page.getByLabel(/^E-mail/).fill(email);
    await page.getByLabel(/^Password/).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('The password needs at least 10 characters.').waitFor();
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/organization\/new$/);
    // Until the address is confirmed every page says so; the mailed link (in English, as registered) confirms it.
    await page.getByRole('alert').filter({ hasText: `We sent a link to ${email}` }).waitFor();
    const [mail] = await t.mail.waitFor(email);
    const link = linkIn(mail, '/verify-email');
    await page.goto(`${t.url}${link.pathname}${link.search}`);
    await page.getByText('Your address is confirmed.').waitFor();
    await page.getByRole('status').getByRole('link', { name: 'Register your organization' }).click();

    await page.getByRole('heading', { level: 1, name: 'Register your organization' }).waitFor();
    expect(await page.getByText('We sent a link to').count()).toBe(0);
    await page.getByLabel(/^Name/).fill('Gomselmash Export Test');
    await page.getByRole('combobox', { name: /^Region/ }).click();
    await page.getByRole('option', { name: 'Gomel Region' }).click();
    const taxId = freshTaxId('BY');
    await page.getByLabel(/^UNP/).fill(wrongCheckDigit(taxId));
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    // The API checked the check digit and named input.taxId: the message sits at that field.
    const field = page.getByLabel(/^UNP/);
    await page.getByText(/This number fails the check/).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'register-organization-tax-id-error-en-1280');
    expect(await accessibilityViolations(page)).toEqual([]);

    await field.fill(taxId);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Gomselmash Export Test' }).waitFor();
    await page.getByText('This is your organization').waitFor();
    await screenshot(page, 'organization-en-1280');
    expect(await accessibilityViolations(page)).toEqual([]);
    const rows = await t.sql(`SELECT o.tax_id FROM organizations o WHERE o.name = 'Gomselmash Export Test'`);
    expect(rows).toEqual([{ tax_id: taxId }]);
    expect(web.errors).toEqual([]);
  }, 90_000);
});

describe('the session', () => {
  it('keeps the refresh token in an HttpOnly SameSite=Strict cookie only, survives a reload and ends with sign-out', async () => {
    const user = await registerUser(t);
    const web = await open();
    const { page, context } = web;
    await page.goto(`${t.url}/login`);
    await signIn(page, { email: user.email, password: TEST_PASSWORD });
    const account = page.getByRole('button', { name: /Учётная запись/ });
    await account.waitFor();

    const cookie = (await context.cookies()).find((c) => c.name === 'tradebridge_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
    // Page scripts read neither token: not the cookie, and no storage holds an access token.
    expect(await scriptCookies(page)).not.toContain('tradebridge_refresh');
    const stored = await storedText(page);
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\./); // no JWT
    expect(stored).not.toContain(cookie!.value);

    await page.reload();
    await account.waitFor();
    await page.goto(`${t.url}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Уведомления' }).waitFor();

    await account.click();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('link', { name: 'Войти' }).waitFor();
    expect((await context.cookies()).find((c) => c.name === 'tradebridge_refresh')).toBeUndefined();
    await page.reload();
    await page.getByRole('link', { name: 'Войти' }).waitFor();
    expect(await page.getByRole('button', { name: /Учётная запись/ }).count()).toBe(0);
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('sends a signed-out visitor of a private page to sign-in and back to that page afterwards', async () => {
    const owner = await createOwner(t, { country: 'RU' });
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/needs?status=DRAFT`);
    await page.waitForURL(/\/login\?next=%2Fneeds%3Fstatus%3DDRAFT$/);
    await page.getByRole('heading', { level: 1, name: 'Вход' }).waitFor();
    await screenshot(page, 'sign-in-ru-1280');
    expect(await accessibilityViolations(page)).toEqual([]);
    await signIn(page, { email: owner.email, password: TEST_PASSWORD });
    await page.waitForURL(/\/needs\?status=DRAFT$/);
    await page.getByRole('tab', { name: /Черновики/, selected: true }).waitFor();
    await page.getByText('Черновиков нет').waitFor();
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('refuses a wrong password with a message in the page language, at no cost to the session', async () => {
    const user = await registerUser(t);
    const web = await open({ language: 'en' });
    const { page } = web;
    await page.goto(`${t.url}/login`);
    await page.getByLabel(/^E-mail/).fill(user.email);
    await page.getByLabel(/^Password/).fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The e-mail or password is wrong.' }).waitFor();
    expect(web.errors).toEqual([]);
  }, 60_000);
});

describe('a forgotten password', () => {
  it('is reset with the mailed link, after which the new password signs in', async () => {
    const user = await registerUser(t);
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/login`);
    await page.getByRole('link', { name: 'Забыли пароль?' }).click();
    // The sign-in form has an e-mail field too: fill only once the reset page has replaced it.
    await page.getByRole('heading', { level: 1, name: 'Восстановление пароля' }).waitFor();
    await page.getByLabel(/^Электронная почта/).fill(user.email);
    await page.getByRole('button', { name: 'Отправить ссылку' }).click();
    await page.getByText(`Если для ${user.email} есть учётная запись`).waitFor();
    const [mail] = await t.mail.waitFor(user.email, { where: (m) => m.text.includes('/reset-password') });
    const link = linkIn(mail, '/reset-password');
    await page.goto(`${t.url}${link.pathname}${link.search}`);
    await page.getByLabel(/^Новый пароль/).fill('a brand new password');
    await page.getByRole('button', { name: 'Сохранить пароль' }).click();
    await page.getByText('Пароль изменён.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Войти' }).last().click();
    await signIn(page, { email: user.email, password: 'a brand new password' });
    await page.getByRole('button', { name: /Учётная запись/ }).waitFor();
    expect(web.errors).toEqual([]);
  }, 60_000);
});

describe('an invite link', () => {
  it('lets the invited colleague register with the invited address and join the organization', async () => {
    const owner = await createOwner(t);
    const email = `colleague.${Date.now()}@example.by`;
    const code = dataOf(await t.gql(`mutation ($org: ID!, $email: String!) { createInvite(organizationId: $org, email: $email) }`, { org: owner.org.id, email }, owner.token)).createInvite;
    const web = await open();
    const { page } = web;
    await page.goto(`${t.url}/invites/${code}`);
    await page.getByRole('link', { name: 'Зарегистрироваться' }).click();
    await page.getByLabel(/^Имя и фамилия/).fill('Павел Сидоренко');
    await page.getByLabel(/^Электронная почта/).fill(email);
    await page.getByLabel(/^Пароль/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Создать учётную запись' }).click();
    await page.waitForURL(new RegExp(`/invites/${code}$`));
    // An unconfirmed address cannot join yet: the page says why; the confirmation link fixes it.
    await page.getByRole('button', { name: 'Присоединиться' }).click();
    await page.getByRole('alert').filter({ hasText: 'Сначала подтвердите адрес электронной почты' }).waitFor();
    const [mail] = await t.mail.waitFor(email, { where: (m) => m.text.includes('/verify-email') });
    const link = linkIn(mail, '/verify-email');
    await page.goto(`${t.url}${link.pathname}${link.search}`);
    await page.getByText('Адрес подтверждён.', { exact: false }).waitFor();
    await page.goto(`${t.url}/invites/${code}`);
    await page.getByRole('button', { name: 'Присоединиться' }).click();
    await page.waitForURL(new RegExp(`/organizations/${owner.org.id}$`));
    await page.getByRole('heading', { level: 1, name: owner.org.name }).waitFor();
    await page.getByText('Это ваша организация').waitFor();
    expect(web.errors).toEqual([]);
  }, 60_000);
});
