import { DemoSeeder } from '@tradebridge/demo';
import { repoPath } from '@tradebridge/core';
import { OutboxRelay } from '@tradebridge/search';
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { sidewaysOverflow } from './in-page.js';
import { dataOf, startTestApp, type TestApp, type TestAppOptions } from '../../support/test-app.js';

// The demo data's fixed showcase (README "Demo accounts"): the buyer, the BelAZ supplier and its 90 t dump truck.
export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_LOGINS = {
  buyer: { email: 'buyer@vladimir.example.ru', password: DEMO_PASSWORD },
  supplier: { email: 'supplier@maz.example.by', password: DEMO_PASSWORD },
};
export const BELAZ_LOGIN = { email: 'sales@belaz.example.by', password: DEMO_PASSWORD };
export const BELAZ_75570_TITLE = 'Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т';

/** The web app's build (global setup makes it), served by the test API at `/`. */
export const WEB_BUILD = repoPath('dist/apps/web');

/** The real API serving the web app, over a database of its own. */
export function startWebApp(options: TestAppOptions = {}): Promise<TestApp> {
  return startTestApp({ webDir: WEB_BUILD, ...options });
}

/** startWebApp with the demo data loaded and indexed (search and matching see all of it). */
export async function startDemoApp(options: TestAppOptions = {}): Promise<TestApp> {
  const t = await startWebApp(options);
  await t.app.get(DemoSeeder).seedDemo();
  await t.app.get(OutboxRelay).drain(120_000);
  return t;
}

/** Signs in through the API (for the steps the browser does not take, e.g. the supplier's answer). */
export async function apiToken(t: TestApp, login: { email: string; password: string }): Promise<string> {
  const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
  return dataOf(await t.gql(LOGIN, login)).login.accessToken;
}

/** Signs in through the sign-in page, as a person would, and waits until the app shows the account. */
export async function signIn(page: Page, login: { email: string; password: string }, labels = { email: 'Электронная почта', password: 'Пароль', submit: 'Войти' }) {
  // Required fields' labels end with Mantine's asterisk.
  await page.getByLabel(new RegExp(`^${labels.email}`)).fill(login.email);
  await page.getByLabel(new RegExp(`^${labels.password}`)).fill(login.password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The page is not wider than the window (nothing to scroll sideways at 360 px); names what sticks out otherwise. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toEqual([]);
}
