import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createNeed, createOwner, type TestOwner } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { apply, preview } from './imports.fixtures.js';
import { BELAZ_90T, MINING_TRUCK_NEED, daysFromNow, matchingApi } from './matching.fixtures.js';

// Imported listings get the outbox events a single createOffering writes, so what follows a single edit
// (indexing, NEW_MATCH alerts to the other side) follows an import too.

let t: TestApp;
let supplier: TestOwner;
let buyer: TestOwner;

beforeAll(async () => {
  t = await startTestApp({ env: { MATCH_ALERT_MIN_SCORE: '0.6' } });
  supplier = await createOwner(t, { country: 'BY', name: 'ОАО «БЕЛАЗ»' });
  buyer = await createOwner(t, { country: 'RU' });
});

afterAll(async () => {
  await t?.close();
});

describe('an imported offering', () => {
  it('alerts the buyer whose open need it matches, as a published offering does', async () => {
    const api = matchingApi(t);
    const need = await createNeed(t, buyer.token, { ...MINING_TRUCK_NEED, neededBy: daysFromNow(200) });
    await api.drain();
    const csv = [
      'Артикул;Наименование;Описание;Категория;Ключевые слова;Цена от;Цена до;Валюта;Срок поставки, дней;Сертификаты;Регионы поставки',
      ['75570', BELAZ_90T.title, BELAZ_90T.description, BELAZ_90T.categoryCode, BELAZ_90T.keywords.join('; '), '1 200 000', '1 350 000', 'USD', '45', 'EAC; ISO 9001', 'Vladimir Oblast; Moscow Oblast']
        .map((cell) => `"${cell}"`)
        .join(';'),
    ].join('\r\n');
    const result = await preview(t, supplier.token, 'белаз.csv', Buffer.from(csv));
    expect(result).toMatchObject({ toCreate: 1, rejected: 0 });
    await apply(t, supplier.token, result.id);
    const [{ id }] = await t.sql(`SELECT id FROM offerings WHERE external_ref = '75570'`);
    const alerts = (await api.newMatches(buyer.token, 1)).filter((n) => n.need?.id === need.id && n.offering?.id === id);
    expect(alerts).toHaveLength(1);
  });
});
