import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoPath } from '@tradebridge/core';
import type { Browser, Locator, Page } from 'playwright-core';
import type { TestApp } from '../support/test-app.js';
import { accessibilityViolations, DESKTOP, launchBrowser, openPage, PHONE, screenshot, type WebPage } from './support/browser.js';
import { DEMO_LOGINS, expectNoSidewaysScroll, signIn, startDemoApp } from './support/demo-app.js';

// Bulk import and export on "My needs", in a real Chromium against the real API: the buyer's procurement plan
// (tests/fixtures/imports/needs-plan-*.xlsx, the Russian needs template filled with 5 needs) with one unknown
// TN VED code at line 4, then corrected; the preview, apply, the needs in the list, the export. Screenshots of
// the preview (1280 and 360 px) are the README's.
const FIXTURES = repoPath('tests/fixtures/imports');
const BAD_FILE = `${FIXTURES}/needs-plan-one-bad-code.xlsx`;
const CORRECTED_FILE = `${FIXTURES}/needs-plan-corrected.xlsx`;
const PLAN_TITLES = [
  'Автобусы городские низкопольные 12 м',
  'Тракторы колёсные для коммунальных служб',
  'Шины для карьерных самосвалов 27.00R49',
  'Запасные части к тягачам МАЗ',
  'Трансформаторы ТМГ 1000 кВА',
];

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

async function openSignedIn(options: Parameters<typeof openPage>[1], labels?: Parameters<typeof signIn>[2]): Promise<WebPage> {
  const web = await openPage(browser, options);
  pages.push(web);
  // Playwright turns on catching file choosers when the first listener is added, asynchronously: a chooser opened
  // by a key pressed right after waitForEvent('filechooser') could beat it. From here on they are caught.
  web.page.on('filechooser', () => undefined);
  await web.page.goto(`${t.url}/login?next=%2Fneeds`);
  await signIn(web.page, DEMO_LOGINS.buyer, labels);
  await web.page.waitForURL(/\/needs$/);
  return web;
}

/** Picks a file in the chooser the focused button opens, pressing Enter as a keyboard user would. */
async function pickWithKeyboard(page: Page, button: Locator, file: string): Promise<void> {
  // The dialog moves the focus into itself once open: wait for that, so it does not move it away again.
  await page.waitForFunction('document.activeElement && document.activeElement.closest("[role=dialog]") !== null');
  await button.focus();
  expect(await button.evaluate<boolean, void, unknown>((element) => element === (element as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)).toBe(true);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
}

/** The value under a count's label in the preview ("Будут созданы" -> "4"). */
async function count(dialog: Locator, label: string): Promise<string> {
  const box = dialog.getByRole('status').locator('div').filter({ has: dialog.page().getByText(label, { exact: true }) }).last();
  return (await box.innerText()).replace(label, '').trim();
}

/** The cells of the preview row at a file line, by their column's header. */
async function rowCells(dialog: Locator, line: number): Promise<Map<string, Locator>> {
  const table = dialog.getByRole('table');
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.split('\n')[0]!.trim());
  const row = table.getByRole('row').filter({ has: dialog.page().getByRole('rowheader', { name: String(line), exact: true }) });
  await row.waitFor();
  // The line is the row header; the cells follow the other headers.
  return new Map(headers.slice(1).map((header, i) => [header, row.getByRole('cell').nth(i)]));
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('importing a procurement plan into "My needs" (Russian)', () => {
  let web: WebPage;
  beforeAll(async () => {
    web = await openSignedIn({ viewport: DESKTOP });
  }, 60_000);

  it('opens the dialog from the keyboard and downloads the Russian needs template', async () => {
    const { page } = web;
    await page.getByRole('heading', { level: 1, name: 'Мои потребности' }).waitFor();
    await page.getByRole('button', { name: 'Загрузить из файла' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Загрузка потребностей из файла' });
    await dialog.waitFor();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('link', { name: 'Скачать шаблон (XLSX)' }).click();
    const template = await downloading;
    expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
    // An XLSX is a zip: it starts with "PK".
    expect(readFileSync(await template.path()).subarray(0, 2).toString()).toBe('PK');
    await expectAccessible(page);
  }, 60_000);

  it('previews the plan with one unknown code: 4 to create, 1 error shown at its line and cell, nothing saved', async () => {
    const { page } = web;
    const dialog = page.getByRole('dialog', { name: 'Загрузка потребностей из файла' });
    await pickWithKeyboard(page, dialog.getByRole('button', { name: 'Выберите файл' }), BAD_FILE);
    await dialog.getByRole('table').waitFor();
    expect(await count(dialog, 'Будут созданы')).toBe('4');
    expect(await count(dialog, 'С ошибками')).toBe('1');
    const bad = await rowCells(dialog, 4);
    await expect(bad.get('Что будет')!.innerText()).resolves.toMatch(/Ошибка/i);
    const code = bad.get('Код ТН ВЭД')!;
    await expect(code.innerText()).resolves.toMatch(/9999[\s\S]*неизвестный код ТН ВЭД «9999»/);
    // Marked at the cell: its background is not the others'.
    const background = (cell: Locator) => cell.evaluate<string, void, { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { backgroundColor: string } } } }>((e) => e.ownerDocument.defaultView.getComputedStyle(e).backgroundColor);
    expect(await background(code)).not.toBe(await background(bad.get('Наименование')!));
    const good = await rowCells(dialog, 2);
    await expect(good.get('Что будет')!.innerText()).resolves.toMatch(/Новая/i);
    await expect(good.get('Наименование')!.innerText()).resolves.toBe(PLAN_TITLES[0]);
    // Only the rows with errors, on demand.
    const errorsOnly = dialog.getByRole('switch', { name: 'Только строки с ошибками (1)' });
    await errorsOnly.check();
    await dialog.getByRole('rowheader', { name: '2', exact: true }).waitFor({ state: 'detached' });
    await expect(dialog.getByRole('rowheader').allInnerTexts()).resolves.toEqual(['4']);
    await errorsOnly.uncheck();
    await dialog.getByRole('rowheader', { name: '2', exact: true }).waitFor();
    // A preview writes nothing.
    expect(await page.getByRole('link', { name: PLAN_TITLES[0] }).count()).toBe(0);
    await screenshot(page, 'import-preview-ru-1280', { docs: true, fullPage: false });
    await expectAccessible(page);
  }, 60_000);

  it('on a 360 px phone the dialog fills the screen, the table scrolls inside it, and Escape closes it', async () => {
    const phone = await openSignedIn({ viewport: PHONE });
    const { page } = phone;
    await page.getByRole('button', { name: 'Загрузить из файла' }).click();
    const dialog = page.getByRole('dialog', { name: 'Загрузка потребностей из файла' });
    await dialog.getByRole('button', { name: 'Выберите файл' }).waitFor();
    await expectNoSidewaysScroll(page);
    await pickWithKeyboard(page, dialog.getByRole('button', { name: 'Выберите файл' }), BAD_FILE);
    await dialog.getByRole('table').waitFor();
    const bad = await rowCells(dialog, 4);
    await bad.get('Код ТН ВЭД')!.getByText('неизвестный код ТН ВЭД «9999»').waitFor();
    // On the phone the row's result names its errors too: visible without scrolling the table sideways.
    await bad.get('Что будет')!.getByText('«Код ТН ВЭД»: неизвестный код ТН ВЭД «9999»').waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'import-preview-ru-360', { docs: true, fullPage: false });
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(phone.errors).toEqual([]);
  }, 90_000);

  it('takes the corrected file, applies it, and the five needs appear in the list', async () => {
    const { page } = web;
    const dialog = page.getByRole('dialog', { name: 'Загрузка потребностей из файла' });
    await pickWithKeyboard(page, dialog.getByRole('button', { name: 'Загрузить другой файл' }), CORRECTED_FILE);
    await dialog.getByText('Предпросмотр файла «needs-plan-corrected.xlsx»', { exact: false }).waitFor();
    expect(await count(dialog, 'Будут созданы')).toBe('5');
    expect(await count(dialog, 'С ошибками')).toBe('0');
    await dialog.getByRole('button', { name: 'Применить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/создано 5 позиций/).waitFor();
    for (const title of PLAN_TITLES) await page.getByRole('link', { name: title, exact: true }).waitFor();
    await page.getByRole('tab', { name: /Открытые/, selected: true }).waitFor();
    expect(web.errors).toEqual([]);
  }, 60_000);

  it('exports the needs as CSV (the imported ones with their references) and as XLSX', async () => {
    const { page } = web;
    await page.getByRole('button', { name: 'Выгрузить в файл' }).click();
    let downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Текст CSV (через точку с запятой)' }).click();
    const csv = await downloading;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.split('\r\n')[0]).toMatch(/Артикул;Наименование/);
    for (const title of PLAN_TITLES) expect(text).toContain(title);
    expect(text).toContain('ЗК-2099-03');

    await page.getByRole('button', { name: 'Выгрузить в файл' }).click();
    downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Таблица Excel (XLSX)' }).click();
    const xlsx = await downloading;
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(readFileSync(await xlsx.path()).subarray(0, 2).toString()).toBe('PK');
    expect(web.errors).toEqual([]);
  }, 60_000);
});

describe('in English', () => {
  it('shows the dialog, the counts and the row error in English', async () => {
    const web = await openSignedIn({ viewport: DESKTOP, language: 'en' }, { email: 'E-mail', password: 'Password', submit: 'Sign in' });
    const { page } = web;
    await page.getByRole('button', { name: 'Import from a file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import needs from a file' });
    await pickWithKeyboard(page, dialog.getByRole('button', { name: 'Choose a file' }), BAD_FILE);
    await dialog.getByRole('table').waitFor();
    // The plan was applied above: four rows are now equal to their needs, the bad one is still an error.
    expect(await count(dialog, 'Unchanged')).toBe('4');
    expect(await count(dialog, 'With errors')).toBe('1');
    await (await rowCells(dialog, 4)).get('Код ТН ВЭД')!.getByText('unknown HS (TN VED) code "9999"').waitFor();
    await dialog.getByText('Nothing to write: every row equals its saved listing or has errors.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    expect(web.errors).toEqual([]);
  }, 90_000);
});
