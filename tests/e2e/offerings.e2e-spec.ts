import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { regionTable } from '@tradebridge/reference';
import { countRows, createAdmin, createMember, createOwner, registerUser, type TestOwner } from '../support/factories.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import {
  catalogFixtures,
  codeOf,
  CREATE_OFFERING as CREATE,
  offeringInput as input,
  pathsOf,
  SET_OFFERING_STATUS as SET_STATUS,
  UPDATE_OFFERING as UPDATE,
  VALID_UNTIL,
} from './catalog.fixtures.js';


/** 50 region codes (the most a list may hold). */
const FIFTY_REGIONS = regionTable().all().filter((r) => r.kind === 'REGION').slice(0, 50).map((r) => r.code);
let t: TestApp;
let maz: TestOwner;
let buyer: TestOwner;
let fx: ReturnType<typeof catalogFixtures>;

const create = (owner: { token: string }, overrides: Record<string, unknown> = {}) => fx.createOffering(owner, overrides);
const outboxEvents = (id: string) => fx.outboxEvents('offering', id);

beforeAll(async () => {
  t = await startTestApp();
  fx = catalogFixtures(t);
  maz = await createOwner(t, { country: 'BY' });
  buyer = await createOwner(t, { country: 'RU' });
});

afterAll(async () => {
  await t?.close();
});

describe('createOffering', () => {
  it('creates a published offering of the caller organization, money answered with 2 decimals', async () => {
    const offering = await create(maz);
    expect(offering).toMatchObject({
      kind: 'PRODUCT',
      title: 'Карьерный самосвал БЕЛАЗ-7547, 45 т',
      keywords: ['самосвал', 'БЕЛАЗ', 'dump truck'],
      price: { min: '350000.00', max: '420000.50', currency: 'USD' },
      minOrderQuantity: 1,
      // The caller reads Russian: labels in Russian beside the codes stored.
      unit: 'шт',
      unitCode: '796',
      leadTimeDays: 90,
      certifications: ['EAC', 'ISO 9001'],
      certificationCodes: ['EAC', 'ISO-9001'],
      deliveryRegions: ['Владимирская область', 'Московская область'],
      deliveryRegionCodes: ['RU-VLA', 'RU-MOS'],
      status: 'PUBLISHED',
      validUntil: VALID_UNTIL,
      category: { code: '87.04' },
      organization: { id: maz.org.id, name: maz.org.name },
    });
    const [row] = await t.sql(`SELECT published_at, price_min::text AS min FROM offerings WHERE id = $1`, [offering.id]);
    expect(row.published_at).toBeInstanceOf(Date);
    expect(row.min).toBe('350000.00');
    expect(await outboxEvents(offering.id)).toEqual(['catalog.offering.created', 'catalog.offering.published']);
    const read = dataOf(await t.gql(`query ($id: ID!) { offering(id: $id) { price { min max } } }`, { id: offering.id }));
    expect(read.offering.price).toEqual({ min: '350000.00', max: '420000.50' });
  });

  it('keeps a draft with publish: false (no published_at, only a created outbox row)', async () => {
    const offering = await create(maz, { publish: false });
    expect(offering.status).toBe('DRAFT');
    const [row] = await t.sql(`SELECT published_at FROM offerings WHERE id = $1`, [offering.id]);
    expect(row.published_at).toBeNull();
    expect(await outboxEvents(offering.id)).toEqual(['catalog.offering.created']);
  });

  it('takes kind and category independently and accepts the optional fields left out', async () => {
    const offering = await create(maz, {
      kind: 'SERVICE',
      categoryCode: 'P.ASSEMBLY',
      keywords: null,
      price: null,
      minOrderQuantity: null,
      unit: null,
      leadTimeDays: null,
      certifications: null,
      deliveryRegions: null,
      validUntil: null,
    });
    expect(offering).toMatchObject({
      kind: 'SERVICE',
      category: { code: 'P.ASSEMBLY' },
      keywords: [],
      price: null,
      minOrderQuantity: null,
      unit: null,
      leadTimeDays: null,
      certifications: [],
      deliveryRegions: [],
      validUntil: null,
    });
  });

  it('trims texts and drops repeated keywords', async () => {
    const offering = await create(maz, { title: '  Трактор Беларус 82.1  ', keywords: ['трактор', ' Трактор ', 'МТЗ'], price: { currency: 'BYN', min: '0' } });
    expect(offering.title).toBe('Трактор Беларус 82.1');
    expect(offering.keywords).toEqual(['трактор', 'МТЗ']);
    expect(offering.price).toEqual({ min: '0.00', max: null, currency: 'BYN' });
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const res = await t.gql(CREATE, { input: input() });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it('refuses a caller without an organization with FORBIDDEN, but reports bad input first', async () => {
    const loner = await registerUser(t);
    expect(codeOf(await t.gql(CREATE, { input: input() }, loner.token))).toBe('FORBIDDEN');
    const bad = await t.gql(CREATE, { input: input({ title: 'ab' }) }, loner.token);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(pathsOf(bad)).toEqual(['input.title']);
  });
});

describe('OfferingInput validation', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['a title under 3 characters', { title: '  ab ' }, 'input.title'],
    ['a title over 200 characters', { title: 'я'.repeat(201) }, 'input.title'],
    ['a NUL character in the title', { title: 'Самосвал\u0000' }, 'input.title'],
    ['a line break in the title', { title: 'Самосвал\nБЕЛАЗ' }, 'input.title'],
    ['a control character in the description', { description: 'текст\u0007' }, 'input.description'],
    ['a description over 10,000 characters', { description: 'x'.repeat(10_001) }, 'input.description'],
    ['21 keywords', { keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }, 'input.keywords'],
    ['a keyword over 50 characters', { keywords: ['k'.repeat(51)] }, 'input.keywords'],
    ['a blank keyword', { keywords: ['  '] }, 'input.keywords'],
    ['a negative minimum order', { minOrderQuantity: -1 }, 'input.minOrderQuantity'],
    ['a negative lead time', { leadTimeDays: -1 }, 'input.leadTimeDays'],
    ['a lead time over 3,650 days', { leadTimeDays: 3651 }, 'input.leadTimeDays'],
    ['a negative price', { price: { min: '-1', currency: 'RUB' } }, 'input.price.min'],
    ['a price with 3 decimals', { price: { max: '10.123', currency: 'RUB' } }, 'input.price.max'],
    ['a price that is not a number', { price: { min: '12abc', currency: 'RUB' } }, 'input.price.min'],
    ['a minimum above the maximum', { price: { min: '500', max: '499.99', currency: 'RUB' } }, 'input.price.max'],
    ['an unknown category', { categoryCode: '99.99.99' }, 'input.categoryCode'],
    ['a unit over 20 characters', { unit: 'u'.repeat(21) }, 'input.unit'],
    ['21 certifications', { certifications: Array.from({ length: 21 }, (_, i) => `C${i}`) }, 'input.certifications'],
    ['a certification over 50 characters', { certifications: ['c'.repeat(51)] }, 'input.certifications'],
    ['51 delivery regions', { deliveryRegions: Array.from({ length: 51 }, (_, i) => `R${i}`) }, 'input.deliveryRegions'],
    ['a date that does not parse', { validUntil: 'next tuesday' }, 'input.validUntil'],
    ['a date in an absurd year', { validUntil: '9999-01-01T00:00:00Z' }, 'input.validUntil'],
    ['an unknown currency', { price: { min: '1', currency: 'XYZ' } }, 'input.price.currency'],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT naming the field', async (_name, overrides, path) => {
    const res = await t.gql(CREATE, { input: input(overrides) }, maz.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual([path]);
    expect(res.body.data ?? null).toBeNull();
  });

  it('lists every bad field at once', async () => {
    const res = await t.gql(CREATE, { input: input({ title: 'x', leadTimeDays: 5000, price: { min: '2', max: '1', currency: 'BYN' } }) }, maz.token);
    expect(pathsOf(res)).toEqual(['input.leadTimeDays', 'input.price.max', 'input.title']);
  });

  it('accepts the limits themselves', async () => {
    const offering = await create(maz, {
      title: 'abc',
      description: 'd'.repeat(10_000),
      keywords: Array.from({ length: 20 }, (_, i) => `${'k'.repeat(48)}${String(i).padStart(2, '0')}`),
      leadTimeDays: 3650,
      minOrderQuantity: 0,
      price: { min: '99999999999999.99', max: '99999999999999.99', currency: 'CNY' },
      unit: 'квадратный сантиметр', // 20 characters, a unit's name
      deliveryRegions: FIFTY_REGIONS,
    });
    expect(offering.unitCode).toBe('051');
    expect(offering.deliveryRegionCodes).toEqual(FIFTY_REGIONS);
    expect(offering.price).toEqual({ min: '99999999999999.99', max: '99999999999999.99', currency: 'CNY' });
    expect(offering.keywords).toHaveLength(20);
  });

  it('writes nothing when the input is refused', async () => {
    const before = await countRows(t, `SELECT count(*) AS n FROM offerings`);
    const outboxBefore = await countRows(t, `SELECT count(*) AS n FROM search_outbox`);
    await t.gql(CREATE, { input: input({ categoryCode: 'nope' }) }, maz.token);
    expect(await countRows(t, `SELECT count(*) AS n FROM offerings`)).toBe(before);
    expect(await countRows(t, `SELECT count(*) AS n FROM search_outbox`)).toBe(outboxBefore);
  });
});

describe('updateOffering', () => {
  it('replaces the content, keeps the status and appends an updated outbox row', async () => {
    const offering = await create(maz);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const res = await t.gql(UPDATE, { id: offering.id, input: input({ title: 'Самосвал МАЗ-6501', price: null, keywords: ['МАЗ'], publish: false }) }, maz.token);
    const updated = dataOf(res).updateOffering;
    expect(updated).toMatchObject({ id: offering.id, title: 'Самосвал МАЗ-6501', price: null, keywords: ['МАЗ'], status: 'PUBLISHED' });
    expect(new Date(updated.updatedAt).getTime()).toBeGreaterThan(new Date(offering.updatedAt).getTime());
    expect(await outboxEvents(offering.id)).toEqual(['catalog.offering.created', 'catalog.offering.published', 'catalog.offering.updated']);
  });

  it('lets another member of the organization edit', async () => {
    const offering = await create(maz);
    const colleague = await createMember(t, maz.org.id, maz.token);
    const res = await t.gql(UPDATE, { id: offering.id, input: input({ title: 'Изменено коллегой' }) }, colleague.token);
    expect(dataOf(res).updateOffering.title).toBe('Изменено коллегой');
  });

  it('refuses members of another organization with FORBIDDEN and changes nothing', async () => {
    const offering = await create(maz);
    const res = await t.gql(UPDATE, { id: offering.id, input: input({ title: 'Чужая правка' }) }, buyer.token);
    expect(codeOf(res)).toBe('FORBIDDEN');
    const [row] = await t.sql(`SELECT title FROM offerings WHERE id = $1`, [offering.id]);
    expect(row.title).toBe(input().title);
    expect(await outboxEvents(offering.id)).toEqual(['catalog.offering.created', 'catalog.offering.published']);
  });

  it('refuses platform admins too: only members write', async () => {
    const offering = await create(maz);
    const admin = await createAdmin(t);
    expect(codeOf(await t.gql(UPDATE, { id: offering.id, input: input() }, admin.token))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for unknown and malformed ids, after input checks and before permission', async () => {
    expect(codeOf(await t.gql(UPDATE, { id: randomUUID(), input: input() }, buyer.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UPDATE, { id: 'not-an-id', input: input() }, maz.token))).toBe('NOT_FOUND');
    const bad = await t.gql(UPDATE, { id: randomUUID(), input: input({ leadTimeDays: -5 }) }, buyer.token);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(pathsOf(bad)).toEqual(['input.leadTimeDays']);
  });

  it('refuses anonymous callers', async () => {
    const offering = await create(maz);
    expect(codeOf(await t.gql(UPDATE, { id: offering.id, input: input() }))).toBe('UNAUTHENTICATED');
  });
});

describe('setOfferingStatus', () => {
  async function move(id: string, status: string, token = maz.token) {
    return t.gql(SET_STATUS, { id, status }, token);
  }

  it('walks DRAFT -> PUBLISHED -> ARCHIVED -> PUBLISHED, keeping the first publication time', async () => {
    const { id } = await create(maz, { publish: false });
    expect(dataOf(await move(id, 'PUBLISHED')).setOfferingStatus.status).toBe('PUBLISHED');
    const [first] = await t.sql(`SELECT published_at FROM offerings WHERE id = $1`, [id]);
    expect(first.published_at).toBeInstanceOf(Date);
    expect(dataOf(await move(id, 'ARCHIVED')).setOfferingStatus.status).toBe('ARCHIVED');
    expect(dataOf(await move(id, 'PUBLISHED')).setOfferingStatus.status).toBe('PUBLISHED');
    const [again] = await t.sql(`SELECT published_at FROM offerings WHERE id = $1`, [id]);
    expect(again.published_at).toEqual(first.published_at);
    expect(await outboxEvents(id)).toEqual([
      'catalog.offering.created',
      'catalog.offering.published',
      'catalog.offering.archived',
      'catalog.offering.published',
    ]);
  });

  it('refuses illegal moves with CONFLICT and writes nothing', async () => {
    const draft = await create(maz, { publish: false });
    const res = await move(draft.id, 'ARCHIVED');
    expect(codeOf(res)).toBe('CONFLICT');
    expect(errorOf(res).message).toMatch(/DRAFT to ARCHIVED/);
    const published = await create(maz);
    expect(codeOf(await move(published.id, 'DRAFT'))).toBe('CONFLICT');
    await move(published.id, 'ARCHIVED');
    expect(codeOf(await move(published.id, 'DRAFT'))).toBe('CONFLICT');
    expect(await outboxEvents(draft.id)).toEqual(['catalog.offering.created']);
  });

  it('treats the current status as no change', async () => {
    const offering = await create(maz);
    expect(dataOf(await move(offering.id, 'PUBLISHED')).setOfferingStatus.status).toBe('PUBLISHED');
    expect(await outboxEvents(offering.id)).toEqual(['catalog.offering.created', 'catalog.offering.published']);
  });

  it('checks existence, then permission, then the transition', async () => {
    expect(codeOf(await move(randomUUID(), 'ARCHIVED'))).toBe('NOT_FOUND');
    const draft = await create(maz, { publish: false });
    expect(codeOf(await move(draft.id, 'ARCHIVED', buyer.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SET_STATUS, { id: draft.id, status: 'PUBLISHED' }))).toBe('UNAUTHENTICATED');
  });
});
