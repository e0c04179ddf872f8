import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_LOGINS, DemoSeeder } from '@tradebridge/demo';
import ExcelJS from 'exceljs';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { apply, CATALOG_IMPORT, download, EXPORT_URL, fixture, IMPORTS, preview, TEMPLATE_URL, upload, writes } from './imports.fixtures.js';

// Issue 17's "Done when": the demo MAZ user downloads the template, fills 20 rows (one with a bad code),
// sees 19 to create and 1 error at its line, applies, finds them in search; the corrected file (next
// month's prices) updates the 19 and creates the 20th. Then export -> import of the unchanged file.

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id organization { id } } } }`;
const SEARCH = `query ($q: String!) { searchOfferings(query: $q, first: 50) { totalHits hits { offering { title externalRef organization { id } } } } }`;

let t: TestApp;
let maz: { token: string; userId: string; orgId: string };
let firstImportId: string;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.get(DemoSeeder).seedDemo();
  await t.drainOutbox();
  const login = dataOf(await t.gql(LOGIN, DEMO_LOGINS.supplier)).login;
  maz = { token: login.accessToken, userId: login.user.id, orgId: login.user.organization.id };
});

afterAll(async () => {
  await t?.close();
});

const refs = (like: string) => t.sql<{ external_ref: string; price_min: string }>(
  `SELECT external_ref, price_min::text FROM offerings WHERE organization_id = $1 AND external_ref LIKE $2 ORDER BY external_ref`,
  [maz.orgId, like],
);

describe('the template', () => {
  it('downloads for anyone as XLSX with the columns, one example row and a notes sheet, in Russian and English', async () => {
    const path = dataOf(await t.gql(TEMPLATE_URL, { kind: 'OFFERING', language: 'RU' })).catalogTemplateUrl;
    expect(path).toBe('/imports/templates/offerings-ru.xlsx');
    const file = await download(t, path);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const [data, notes] = workbook.worksheets;
    expect(data.getRow(1).values).toEqual(expect.arrayContaining(['Артикул', 'Наименование', 'Код ТН ВЭД', 'Цена от', 'Срок поставки, дней']));
    expect(data.getRow(2).getCell(1).value).toBe('ПРИМЕР');
    expect(data.actualRowCount).toBe(2);
    expect(notes.name).toBe('Пояснения');
    const english = await download(t, '/imports/templates/needs-en.xlsx');
    await workbook.xlsx.load(english.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(1).values).toEqual(expect.arrayContaining(['Title', 'HS code', 'Budget from', 'Needed by']));
  });

  it('answers 404 for a template that does not exist', async () => {
    expect((await download(t, '/imports/templates/contacts-ru.xlsx')).status).toBe(404);
  });
});

describe('the MAZ price list', () => {
  it('previews 19 rows to create and 1 error at its line and column, writing nothing', async () => {
    const before = await writes(t);
    const result = await preview(t, maz.token, 'Прайс МАЗ.xlsx', fixture('maz-offerings-20-one-bad-code.xlsx'));
    firstImportId = result.id;
    expect(result).toMatchObject({ kind: 'OFFERING', status: 'PREVIEW', fileName: 'Прайс МАЗ.xlsx', format: 'XLSX', totalRows: 20, toCreate: 19, toUpdate: 0, unchanged: 0, rejected: 1, warnings: [] });
    expect(result.createdBy).toEqual({ id: maz.userId });
    const bad = result.rows.edges.map((e: any) => e.node).filter((r: any) => r.action === 'ERROR');
    expect(bad).toEqual([
      expect.objectContaining({ line: 7, errors: [{ field: 'hsCode', column: 3, message: 'неизвестный код ТН ВЭД «9999»' }] }),
    ]);
    expect(result.columns[3]).toEqual({ header: 'Код ТН ВЭД', field: 'hsCode' });
    const after = await writes(t);
    expect({ ...after, imports: after.imports - 1 }).toEqual(before);
    expect(await refs('МАЗ-%')).toEqual([]);
  });

  it('answers the error in English to an English-speaking member', async () => {
    await t.gql(`mutation { setLocale(locale: EN) { id } }`, {}, maz.token);
    const result = dataOf(await t.gql(CATALOG_IMPORT, { id: firstImportId, action: 'ERROR' }, maz.token)).catalogImport;
    expect(result.rows.edges[0].node.errors[0].message).toBe('unknown HS (TN VED) code "9999"');
    await t.gql(`mutation { setLocale(locale: RU) { id } }`, {}, maz.token);
  });

  it('applies the 19 valid rows with their outbox rows; search finds them', async () => {
    const outboxBefore = (await writes(t)).outbox;
    const applied = await apply(t, maz.token, firstImportId);
    expect(applied).toMatchObject({ status: 'APPLIED', created: 19, updated: 0, rejected: 1, appliedBy: { id: maz.userId } });
    const stored = await refs('МАЗ-%');
    expect(stored).toHaveLength(19);
    expect(stored.map((r) => r.external_ref)).not.toContain('МАЗ-006');
    // created + published per listing, as createOffering writes them.
    expect((await writes(t)).outbox - outboxBefore).toBe(38);
    await t.drainOutbox();
    const found = dataOf(await t.gql(SEARCH, { q: 'Седельный тягач МАЗ партия' })).searchOfferings;
    const imported = found.hits.filter((h: any) => h.offering.externalRef?.startsWith('МАЗ-'));
    expect(imported.length).toBeGreaterThanOrEqual(9);
    expect(imported.every((h: any) => h.offering.organization.id === maz.orgId)).toBe(true);
  });

  it('keeps only the rejected row of an applied import and refuses to apply it twice', async () => {
    const result = dataOf(await t.gql(CATALOG_IMPORT, { id: firstImportId }, maz.token)).catalogImport;
    expect(result.rows.totalCount).toBe(1);
    const again = await t.gql(`mutation ($id: ID!) { applyCatalogImport(id: $id) { id } }`, { id: firstImportId }, maz.token);
    expect(again.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('re-uploading the corrected file (next month prices) updates the 19 and creates the 20th', async () => {
    const result = await preview(t, maz.token, 'Прайс МАЗ, следующий месяц.xlsx', fixture('maz-offerings-20-corrected.xlsx'));
    expect(result).toMatchObject({ toCreate: 1, toUpdate: 19, unchanged: 0, rejected: 0 });
    const outboxBefore = (await writes(t)).outbox;
    const applied = await apply(t, maz.token, result.id);
    expect(applied).toMatchObject({ created: 1, updated: 19, unchanged: 0, rejected: 0 });
    const stored = await refs('МАЗ-%');
    expect(stored).toHaveLength(20);
    expect(stored[0]).toEqual({ external_ref: 'МАЗ-001', price_min: '60500.00' });
    // 19 updated + (created + published) for the new one.
    expect((await writes(t)).outbox - outboxBefore).toBe(21);
  });

  it('lists the organization\'s imports, newest first, with who and what', async () => {
    const list = dataOf(await t.gql(IMPORTS, {}, maz.token)).catalogImports;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e: any) => [e.node.fileName, e.node.created, e.node.updated])).toEqual([
      ['Прайс МАЗ, следующий месяц.xlsx', 1, 19],
      ['Прайс МАЗ.xlsx', 19, 0],
    ]);
  });
});

describe('export -> import round trip', () => {
  for (const format of ['XLSX', 'CSV'] as const) {
    it(`an unchanged ${format} export imports as unchanged and writes nothing`, async () => {
      const path = dataOf(await t.gql(EXPORT_URL, { kind: 'OFFERING', format, language: 'RU' }, maz.token)).catalogExportUrl;
      expect(path).toMatch(new RegExp(`^/exports/offerings\\.${format.toLowerCase()}\\?lang=ru&token=`));
      // The link works without a header (a browser download).
      const file = await download(t, path);
      expect(file.status).toBe(200);
      const total = (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM offerings WHERE organization_id = $1`, [maz.orgId]))[0].n;
      const before = await writes(t);
      const updatedAt = await t.sql(`SELECT max(updated_at) AS at FROM offerings WHERE organization_id = $1`, [maz.orgId]);
      const result = await preview(t, maz.token, `export.${format.toLowerCase()}`, file.bytes);
      expect(result).toMatchObject({ totalRows: total, toCreate: 0, toUpdate: 0, unchanged: total, rejected: 0 });
      const applied = await apply(t, maz.token, result.id);
      expect(applied).toMatchObject({ created: 0, updated: 0, unchanged: total });
      const after = await writes(t);
      expect({ ...after, imports: after.imports - 1 }).toEqual(before);
      expect(await t.sql(`SELECT max(updated_at) AS at FROM offerings WHERE organization_id = $1`, [maz.orgId])).toEqual(updatedAt);
    });
  }

  it('escapes cells that start with = + - @ in a CSV export, and reads them back unchanged', async () => {
    const create = `mutation ($input: OfferingInput!) { createOffering(input: $input) { id } }`;
    const title = '=HYPERLINK("http://evil.example","Скидка")';
    dataOf(await t.gql(create, { input: { kind: 'PRODUCT', title, description: '@SUM(1+1)', categoryCode: '87.04' } }, maz.token));
    const file = await download(t, '/exports/offerings.csv?lang=ru', maz.token);
    const text = file.bytes.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Скидка"")"`);
    expect(text).toContain(`;'@SUM(1+1);`);
    expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
    const result = await preview(t, maz.token, 'export.csv', file.bytes);
    expect(result.toCreate + result.toUpdate + result.rejected).toBe(0);
  });

  it('writes reference codes as names in the file\'s language, which an import takes back', async () => {
    const create = `mutation ($input: OfferingInput!) { createOffering(input: $input) { id } }`;
    const input = { kind: 'PRODUCT', title: 'Полуприцеп МАЗ-9758 для экспорта', description: 'Проверка выгрузки', categoryCode: '87.16', unit: '796', deliveryRegions: ['RU-VLA'], certifications: ['ISO-9001'] };
    dataOf(await t.gql(create, { input }, maz.token));
    const ru = (await download(t, '/exports/offerings.csv?lang=ru', maz.token)).bytes.toString('utf8');
    const line = ru.split('\n').find((l) => l.includes('МАЗ-9758'))!;
    expect(line).toContain('Владимирская область');
    expect(line).toContain('ISO 9001');
    expect(line).not.toMatch(/RU-VLA|ISO-9001|;796;/);
    const en = (await download(t, '/exports/offerings.csv?lang=en', maz.token)).bytes;
    expect(en.toString('utf8').split('\n').find((l) => l.includes('МАЗ-9758'))).toContain('Vladimir Oblast');
    expect(await preview(t, maz.token, 'export.csv', en)).toMatchObject({ toCreate: 0, toUpdate: 0, rejected: 0 });
  });

  it('refuses an export without a token, with a bad or foreign link', async () => {
    expect((await download(t, '/exports/offerings.xlsx')).status).toBe(401);
    expect((await download(t, '/exports/offerings.xlsx?token=forged.token')).status).toBe(401);
    const path = dataOf(await t.gql(EXPORT_URL, { kind: 'OFFERING' }, maz.token)).catalogExportUrl;
    // A link for offerings does not export needs.
    expect((await download(t, path.replace('/exports/offerings.xlsx', '/exports/needs.xlsx'))).status).toBe(401);
  });

  it('refuses an upload without the token or the upload header (a cross-site form cannot post)', async () => {
    const bytes = fixture('maz-offerings-20-corrected.xlsx');
    const anonymous = await upload(t, null, 'a.xlsx', bytes);
    expect([anonymous.status, anonymous.body.errors?.[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const formPost = await upload(t, maz.token, 'a.xlsx', bytes, { uploadHeader: false });
    expect([formPost.status, formPost.body.errors?.[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  });
});
