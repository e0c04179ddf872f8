import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countRows, createAdmin, createMember, createOwner, registerUser, type TestOwner } from '../support/factories.js';
import { codeOf, dataOf, pathsOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import { daysFromNow } from './matching.fixtures.js';

/** About ten months ahead, at midnight UTC: a deadline in the future whatever the date. */
const NEEDED_BY = daysFromNow(300);

const FIELDS = `id title description keywords quantity unit unitCode neededBy deliveryRegion deliveryRegionCode requiredCertifications requiredCertificationCodes status createdAt updatedAt
  budget { min max currency } category { code } organization { id name }`;
const CREATE = `mutation ($input: NeedInput!) { createNeed(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { ${FIELDS} } }`;
const SET_STATUS = `mutation ($id: ID!, $status: NeedStatus!) { setNeedStatus(id: $id, status: $status) { id status } }`;
const GET = `query ($id: ID!) { need(id: $id) { id title status } }`;
const ORG_NEEDS = `query ($id: ID!, $status: NeedStatus) {
  organization(id: $id) { needs(first: 50, status: $status) { totalCount edges { node { id status } } } } }`;

let t: TestApp;
let buyer: TestOwner;
let supplier: TestOwner;


function input(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Городские автобусы большого класса, 40 шт.',
    description: 'Обновление парка городского пассажирского транспорта Владимира: низкопольные автобусы, Евро-5, ЕАЭС.',
    categoryCode: '87.02',
    keywords: ['автобус', 'МАЗ-203', 'city bus'],
    quantity: 40,
    unit: 'pcs',
    budget: { min: '18000000', max: '21000000.5', currency: 'RUB' },
    neededBy: NEEDED_BY,
    deliveryRegion: 'Vladimir Oblast',
    requiredCertifications: ['EAC', 'ТР ТС 018/2011'],
    ...overrides,
  };
}

async function create(owner: { token: string }, overrides: Record<string, unknown> = {}) {
  return dataOf(await t.gql(CREATE, { input: input(overrides) }, owner.token)).createNeed;
}

async function outboxEvents(id: string): Promise<string[]> {
  const rows = await t.sql<{ event: string }>(`SELECT event FROM search_outbox WHERE entity = 'need' AND entity_id = $1 ORDER BY id`, [id]);
  return rows.map((r) => r.event);
}

async function move(id: string, status: string, token = buyer.token) {
  return t.gql(SET_STATUS, { id, status }, token);
}

beforeAll(async () => {
  t = await startTestApp();
  buyer = await createOwner(t, { country: 'RU' });
  supplier = await createOwner(t, { country: 'BY' });
});

afterAll(async () => {
  await t?.close();
});

describe('createNeed', () => {
  it('creates an open need of the caller organization with the budget answered with 2 decimals', async () => {
    const need = await create(buyer);
    expect(need).toMatchObject({
      title: 'Городские автобусы большого класса, 40 шт.',
      keywords: ['автобус', 'МАЗ-203', 'city bus'],
      quantity: 40,
      unit: 'шт',
      unitCode: '796',
      budget: { min: '18000000.00', max: '21000000.50', currency: 'RUB' },
      neededBy: NEEDED_BY,
      deliveryRegion: 'Владимирская область',
      deliveryRegionCode: 'RU-VLA',
      requiredCertifications: ['EAC', 'ТР ТС 018/2011'],
      requiredCertificationCodes: ['EAC', 'TR-CU-018-2011'],
      status: 'OPEN',
      category: { code: '87.02' },
      organization: { id: buyer.org.id },
    });
    const [row] = await t.sql(`SELECT opened_at FROM needs WHERE id = $1`, [need.id]);
    expect(row.opened_at).toBeInstanceOf(Date);
    expect(await outboxEvents(need.id)).toEqual(['catalog.need.created', 'catalog.need.opened']);
  });

  it('keeps a draft with publish: false', async () => {
    const need = await create(buyer, { publish: false, budget: null, quantity: null, neededBy: null, keywords: null, requiredCertifications: null });
    expect(need).toMatchObject({ status: 'DRAFT', budget: null, quantity: null, neededBy: null, keywords: [], requiredCertifications: [] });
    const [row] = await t.sql(`SELECT opened_at FROM needs WHERE id = $1`, [need.id]);
    expect(row.opened_at).toBeNull();
    expect(await outboxEvents(need.id)).toEqual(['catalog.need.created']);
  });

  it('checks authentication, then input, then membership of an organization', async () => {
    expect(codeOf(await t.gql(CREATE, { input: input() }))).toBe('UNAUTHENTICATED');
    const loner = await registerUser(t);
    expect(codeOf(await t.gql(CREATE, { input: input({ quantity: -1 }) }, loner.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CREATE, { input: input() }, loner.token))).toBe('FORBIDDEN');
  });
});

describe('NeedInput validation', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['a short title', { title: 'ab' }, 'input.title'],
    ['a NUL character in the description', { description: 'a\u0000b' }, 'input.description'],
    ['a negative quantity', { quantity: -0.5 }, 'input.quantity'],
    ['a negative budget', { budget: { max: '-10', currency: 'RUB' } }, 'input.budget.max'],
    ['a budget minimum above its maximum', { budget: { min: '10.01', max: '10', currency: 'RUB' } }, 'input.budget.max'],
    ['a budget with 3 decimals', { budget: { min: '0.001', currency: 'BYN' } }, 'input.budget.min'],
    ['an unknown category', { categoryCode: 'ZZ' }, 'input.categoryCode'],
    ['a neededBy that does not parse', { neededBy: '2030-13-45' }, 'input.neededBy'],
    ['a neededBy before 2000', { neededBy: '1999-12-31T00:00:00Z' }, 'input.neededBy'],
    ['an empty delivery region', { deliveryRegion: ' ' }, 'input.deliveryRegion'],
    ['21 required certifications', { requiredCertifications: Array.from({ length: 21 }, (_, i) => `C${i}`) }, 'input.requiredCertifications'],
    ['21 keywords', { keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }, 'input.keywords'],
    ['a unit over 20 characters', { unit: 'x'.repeat(21) }, 'input.unit'],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT naming the field', async (_name, overrides, path) => {
    const res = await t.gql(CREATE, { input: input(overrides) }, buyer.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual([path]);
  });
});

describe('updateNeed', () => {
  it('replaces the content, keeps the status and appends an updated outbox row', async () => {
    const need = await create(buyer);
    const res = await t.gql(UPDATE, { id: need.id, input: input({ title: 'Автобусы средней вместимости', quantity: 25, publish: false }) }, buyer.token);
    expect(dataOf(res).updateNeed).toMatchObject({ id: need.id, title: 'Автобусы средней вместимости', quantity: 25, status: 'OPEN' });
    expect(await outboxEvents(need.id)).toEqual(['catalog.need.created', 'catalog.need.opened', 'catalog.need.updated']);
  });

  it('lets a member edit and refuses other organizations with FORBIDDEN', async () => {
    const need = await create(buyer);
    const colleague = await createMember(t, buyer.org.id, buyer.token);
    expect(dataOf(await t.gql(UPDATE, { id: need.id, input: input({ title: 'Правка коллеги' }) }, colleague.token)).updateNeed.title).toBe('Правка коллеги');
    expect(codeOf(await t.gql(UPDATE, { id: need.id, input: input() }, supplier.token))).toBe('FORBIDDEN');
    const [row] = await t.sql(`SELECT title FROM needs WHERE id = $1`, [need.id]);
    expect(row.title).toBe('Правка коллеги');
  });

  it('answers NOT_FOUND for unknown ids and BAD_USER_INPUT before that', async () => {
    expect(codeOf(await t.gql(UPDATE, { id: randomUUID(), input: input() }, buyer.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UPDATE, { id: randomUUID(), input: input({ title: '' }) }, buyer.token))).toBe('BAD_USER_INPUT');
  });
});

describe('setNeedStatus', () => {
  it('walks DRAFT -> OPEN -> CLOSED -> OPEN -> FULFILLED and records the first opening', async () => {
    const { id } = await create(buyer, { publish: false });
    expect(dataOf(await move(id, 'OPEN')).setNeedStatus.status).toBe('OPEN');
    const [first] = await t.sql(`SELECT opened_at FROM needs WHERE id = $1`, [id]);
    expect(first.opened_at).toBeInstanceOf(Date);
    expect(dataOf(await move(id, 'CLOSED')).setNeedStatus.status).toBe('CLOSED');
    expect(dataOf(await move(id, 'OPEN')).setNeedStatus.status).toBe('OPEN');
    expect(dataOf(await move(id, 'FULFILLED')).setNeedStatus.status).toBe('FULFILLED');
    const [last] = await t.sql(`SELECT opened_at FROM needs WHERE id = $1`, [id]);
    expect(last.opened_at).toEqual(first.opened_at);
    expect(await outboxEvents(id)).toEqual([
      'catalog.need.created',
      'catalog.need.opened',
      'catalog.need.closed',
      'catalog.need.opened',
      'catalog.need.fulfilled',
    ]);
  });

  it('refuses illegal moves with CONFLICT: FULFILLED is final, drafts must open first, nothing goes back to DRAFT', async () => {
    const fulfilled = await create(buyer);
    await move(fulfilled.id, 'FULFILLED');
    for (const status of ['OPEN', 'CLOSED', 'DRAFT']) expect(codeOf(await move(fulfilled.id, status))).toBe('CONFLICT');
    const draft = await create(buyer, { publish: false });
    expect(codeOf(await move(draft.id, 'CLOSED'))).toBe('CONFLICT');
    expect(codeOf(await move(draft.id, 'FULFILLED'))).toBe('CONFLICT');
    const open = await create(buyer);
    expect(codeOf(await move(open.id, 'DRAFT'))).toBe('CONFLICT');
    expect(await outboxEvents(draft.id)).toEqual(['catalog.need.created']);
  });

  it('checks existence, then permission', async () => {
    expect(codeOf(await move(randomUUID(), 'CLOSED'))).toBe('NOT_FOUND');
    const need = await create(buyer);
    expect(codeOf(await move(need.id, 'CLOSED', supplier.token))).toBe('FORBIDDEN');
  });
});

describe('who may read a need', () => {
  it('shows open, unexpired needs to anyone and the rest only to members and admins', async () => {
    const owner = await createOwner(t, { country: 'RU' });
    const open = await create(owner);
    const draft = await create(owner, { publish: false });
    const closed = await create(owner);
    await move(closed.id, 'CLOSED', owner.token);
    const fulfilled = await create(owner);
    await move(fulfilled.id, 'FULFILLED', owner.token);
    const expired = await create(owner, { neededBy: '2021-06-01T00:00:00.000Z' });
    const admin = await createAdmin(t);

    expect(dataOf(await t.gql(GET, { id: open.id })).need).toMatchObject({ id: open.id });
    for (const { id } of [draft, closed, fulfilled, expired]) {
      expect(dataOf(await t.gql(GET, { id })).need).toBeNull();
      expect(dataOf(await t.gql(GET, { id }, supplier.token)).need).toBeNull();
      expect(dataOf(await t.gql(GET, { id }, owner.token)).need).toMatchObject({ id });
      expect(dataOf(await t.gql(GET, { id }, admin.token)).need).toMatchObject({ id });
    }

    const ids = (res: GraphQLResponse) => dataOf(res).organization.needs.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids(await t.gql(ORG_NEEDS, { id: owner.org.id }, supplier.token))).toEqual([open.id]);
    expect(ids(await t.gql(ORG_NEEDS, { id: owner.org.id, status: 'DRAFT' }))).toEqual([]);
    expect(ids(await t.gql(ORG_NEEDS, { id: owner.org.id, status: 'CLOSED' }, supplier.token))).toEqual([]);
    expect(ids(await t.gql(ORG_NEEDS, { id: owner.org.id, status: 'DRAFT' }, owner.token))).toEqual([draft.id]);
    const all = dataOf(await t.gql(ORG_NEEDS, { id: owner.org.id }, owner.token)).organization.needs;
    expect(all.totalCount).toBe(5);
  });
});

describe('atomic writes', () => {
  it('leaves neither the need nor an outbox row when a later write of the mutation fails', async () => {
    const needs = await countRows(t, `SELECT count(*) AS n FROM needs`);
    const outbox = await countRows(t, `SELECT count(*) AS n FROM search_outbox`);
    // createNeed writes the need, its "created" outbox row, then the "opened" one, which this refuses.
    await t.sql(`ALTER TABLE search_outbox ADD CONSTRAINT test_refuse_opened CHECK (event <> 'catalog.need.opened') NOT VALID`);
    try {
      expect(codeOf(await t.gql(CREATE, { input: input({ title: 'Не будет сохранено' }) }, buyer.token))).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.sql(`ALTER TABLE search_outbox DROP CONSTRAINT test_refuse_opened`);
    }
    expect(await countRows(t, `SELECT count(*) AS n FROM needs`)).toBe(needs);
    expect(await countRows(t, `SELECT count(*) AS n FROM search_outbox`)).toBe(outbox);
  });
});
