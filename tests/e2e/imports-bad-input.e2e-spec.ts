import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMember, createOrganization, createOwner, registerUser, type TestOwner } from '../support/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { apply, CATALOG_IMPORT, fixture, preview, upload, writes } from './imports.fixtures.js';

// Issue 17 point 7 and the refusals around imports: each bad file is a clear error in the caller's
// language with a contract code, and nothing is written (no listing, no outbox row, no import).

let t: TestApp;
let supplier: TestOwner;
let buyer: TestOwner;

beforeAll(async () => {
  t = await startTestApp();
  supplier = await createOwner(t, { country: 'BY' });
  buyer = await createOwner(t, { country: 'RU' });
});

afterAll(async () => {
  await t?.close();
});

async function refused(name: string, bytes: Buffer, kind?: string, token = supplier.token) {
  const before = await writes(t);
  const answer = await upload(t, token, name, bytes, { kind });
  expect(await writes(t)).toEqual(before);
  const error = answer.body.errors?.[0];
  return { status: answer.status, code: error?.extensions.code, reason: error?.extensions.reason, message: error?.message, fields: error?.extensions.fields };
}

describe('files refused as a whole', () => {
  it('an empty file', async () => {
    expect(await refused('empty.xlsx', fixture('empty.xlsx'))).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', reason: 'EMPTY_FILE', message: 'Файл пуст.', fields: [{ path: 'file', message: 'Файл пуст.' }] });
  });

  it('a PNG renamed .xlsx', async () => {
    expect(await refused('price.xlsx', fixture('png-renamed.xlsx'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_SPREADSHEET', message: expect.stringContaining('похоже на PNG') });
  });

  it('zip bombs: one declaring its size, one lying about it', async () => {
    expect(await refused('bomb.xlsx', fixture('zip-bomb-declared.xlsx'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ZIP_BOMB' });
    expect(await refused('bomb.xlsx', fixture('zip-bomb-lying.xlsx'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ZIP_BOMB' });
  });

  it('5,001 rows', async () => {
    expect(await refused('big.csv', fixture('rows-5001.csv'))).toMatchObject({ reason: 'TOO_MANY_ROWS', message: 'В файле больше 5000 строк. Разделите его на несколько файлов.' });
  });

  it('a file over 10 MB (HTTP 413, not buffered past the limit)', async () => {
    expect(await refused('huge.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41))).toMatchObject({ status: 413, code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
  });

  it('offerings and needs mixed in one file, and a file of the other kind than asked for', async () => {
    const mixed = await refused('mixed.csv', fixture('mixed-kinds.csv'));
    expect(mixed).toMatchObject({ reason: 'MIXED_KINDS', message: expect.stringContaining('Цена от, Срок поставки, дней') });
    expect(await refused('needs.csv', fixture('needs-windows-1251-semicolon.csv'), 'OFFERING')).toMatchObject({ reason: 'KIND_MISMATCH', message: 'Файл содержит потребности, а загружаются предложения.' });
    expect(await refused('list.csv', fixture('duplicate-refs.csv'))).toMatchObject({ reason: 'KIND_UNKNOWN' });
  });

  it('a file without a header row or without the title column', async () => {
    expect(await refused('x.csv', Buffer.from('a;b\n1;2\n'))).toMatchObject({ reason: 'NO_HEADER' });
    expect(await refused('x.csv', Buffer.from('Код ТН ВЭД;Цена от\n8704;100\n'))).toMatchObject({ reason: 'MISSING_COLUMN', message: 'В файле нет обязательного столбца «Наименование».' });
  });

  it('answers in English to an English-speaking caller', async () => {
    const english = await registerUser(t, { locale: 'EN' });
    await createOrganization(t, english.token);
    expect(await refused('empty.xlsx', fixture('empty.xlsx'), undefined, english.token)).toMatchObject({ message: 'The file is empty.' });
  });

  it('refuses a caller without an organization (FORBIDDEN) and a bad kind (BAD_USER_INPUT naming kind)', async () => {
    const loner = await registerUser(t);
    expect(await refused('a.csv', fixture('duplicate-refs.csv'), 'OFFERING', loner.token)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await refused('a.csv', fixture('duplicate-refs.csv'), 'CONTACT')).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', fields: [{ path: 'kind' }] });
  });
});

describe('rows refused one by one (the rest of the file is fine)', () => {
  const errorsOf = (result: Record<string, any>) =>
    Object.fromEntries(result.rows.edges.filter((e: any) => e.node.action === 'ERROR').map((e: any) => [e.node.line, e.node.errors.map((x: any) => `${x.field}: ${x.message}`)]));

  it('a 10,000-character title and a description over 10,000 characters', async () => {
    const result = await preview(t, supplier.token, 'long.csv', fixture('long-cells.csv'), 'OFFERING');
    expect(result).toMatchObject({ toCreate: 1, rejected: 2 });
    expect(errorsOf(result)).toEqual({
      2: ['title: от 3 до 200 символов, без управляющих символов'],
      3: ['description: ячейка длиннее 10000 символов'],
    });
  });

  it('references repeated within a file: every such row, naming the other lines', async () => {
    const result = await preview(t, supplier.token, 'dup.csv', fixture('duplicate-refs.csv'), 'OFFERING');
    expect(result).toMatchObject({ toCreate: 1, rejected: 2 });
    expect(errorsOf(result)).toEqual({
      2: ['externalRef: артикул «DUP-1» повторяется в строках 2, 4'],
      4: ['externalRef: артикул «DUP-1» повторяется в строках 2, 4'],
    });
  });

  it('formulas: the stored value is imported, never evaluated; one without a value is an error of its cell', async () => {
    const result = await preview(t, supplier.token, 'formulas.xlsx', fixture('formulas.xlsx'));
    expect(result).toMatchObject({ toCreate: 1, rejected: 1 });
    expect(errorsOf(result)).toEqual({ 3: ['priceMin: формула =D2*3 без сохранённого значения: формулы не вычисляются, вставьте значения'] });
    await apply(t, supplier.token, result.id);
    const [row] = await t.sql(`SELECT title, description, price_min::text AS price FROM offerings WHERE external_ref = 'F-1'`);
    expect(row).toEqual({ title: 'Трактор Беларус 1221', description: "=cmd|' /C calc'!A0", price: '2000.00' });
  });
});

describe('the procurement plan', () => {
  it('reads a Windows-1251 CSV with semicolons, decimal commas and Russian dates into needs', async () => {
    const result = await preview(t, buyer.token, 'План-график 2099.csv', fixture('needs-windows-1251-semicolon.csv'));
    expect(result).toMatchObject({ kind: 'NEED', format: 'CSV', toCreate: 5, rejected: 0 });
    expect(result.columns.map((c: any) => c.field)).toContain('neededBy');
    await apply(t, buyer.token, result.id);
    const rows = await t.sql(
      `SELECT external_ref, quantity, budget_min::text AS min, budget_max::text AS max, needed_by, category_code, required_certifications, status
       FROM needs WHERE organization_id = $1 ORDER BY external_ref`,
      [buyer.org.id],
    );
    expect(rows[1]).toEqual({
      external_ref: 'ПЛ-2099-002', quantity: 12500.5, min: '1450.00', max: '1700.50', needed_by: new Date('2099-06-15T00:00:00Z'),
      category_code: '25.17', required_certifications: ['EAC'], status: 'OPEN',
    });
    expect(rows[2].required_certifications).toEqual(['EAC', 'ISO-9001']); // stored as reference codes (issue 19)
    expect(rows[3].category_code).toBe('S.MAINTENANCE');
  });

  it('moves statuses along the lifecycle and refuses moves the lifecycle does not allow', async () => {
    const csv = (status: string) => Buffer.from(`Наименование;Код ТН ВЭД;Регион поставки;Артикул;Статус\nАвтобус городской низкопольный;8702;Владимирская область;ПЛ-2099-001;${status}\n`);
    const closed = await preview(t, buyer.token, 'close.csv', csv('Закрыта'));
    expect(closed).toMatchObject({ toUpdate: 1 });
    await apply(t, buyer.token, closed.id);
    const back = await preview(t, buyer.token, 'draft.csv', csv('Черновик'));
    expect(back.rows.edges[0].node.errors[0].message).toBe('статус нельзя сменить с «Закрыта» на «Черновик»');
    const [row] = await t.sql(`SELECT status FROM needs WHERE external_ref = 'ПЛ-2099-001'`);
    expect(row.status).toBe('CLOSED');
  });
});

describe('who may apply', () => {
  it('only members of the importing organization: others FORBIDDEN, unknown ids NOT_FOUND; members see no other organization\'s import', async () => {
    const result = await preview(t, supplier.token, 'dup.csv', fixture('duplicate-refs.csv'), 'OFFERING');
    const applyAs = (token: string, id = result.id) => t.gql(`mutation ($id: ID!) { applyCatalogImport(id: $id) { id } }`, { id }, token);
    expect((await applyAs(buyer.token)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await applyAs(buyer.token, '00000000-0000-4000-8000-000000000000')).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(dataOf(await t.gql(CATALOG_IMPORT, { id: result.id }, buyer.token)).catalogImport).toBeNull();
    const colleague = await createMember(t, supplier.org.id, supplier.token);
    expect(dataOf(await applyAs(colleague.token)).applyCatalogImport.id).toBe(result.id);
  });

  it('refuses anonymous GraphQL callers', async () => {
    expect((await t.gql(`{ catalogImports { totalCount } }`)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
