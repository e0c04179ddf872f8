// Who may read offerings (drafts, archived, expired) and what a failed write leaves behind.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countRows, createAdmin, createMember, createOwner, type TestOwner } from '../support/factories.js';
import { dataOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import {
  catalogFixtures,
  codeOf,
  CREATE_OFFERING as CREATE,
  GET_OFFERING as GET,
  offeringInput as input,
  ORG_OFFERINGS,
  SET_OFFERING_STATUS as SET_STATUS,
  UPDATE_OFFERING as UPDATE,
} from './catalog.fixtures.js';

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

describe('who may read an offering', () => {
  let draft: { id: string };
  let archived: { id: string };
  let expired: { id: string };
  let published: { id: string };
  let owner: TestOwner;

  beforeAll(async () => {
    owner = await createOwner(t, { country: 'BY' });
    draft = await create(owner, { publish: false, title: 'Черновик предложения' });
    archived = await create(owner, { title: 'Архивное предложение' });
    await t.gql(SET_STATUS, { id: archived.id, status: 'ARCHIVED' }, owner.token);
    expired = await create(owner, { title: 'Истёкшее предложение', validUntil: '2020-01-01T00:00:00.000Z' });
    published = await create(owner, { title: 'Открытое предложение' });
  });

  it('shows published, unexpired offerings to anyone, anonymous included', async () => {
    expect(dataOf(await t.gql(GET, { id: published.id })).offering).toMatchObject({ id: published.id });
    expect(dataOf(await t.gql(GET, { id: published.id }, buyer.token)).offering).toMatchObject({ id: published.id });
  });

  it('answers null to strangers and anonymous callers for drafts, archived and expired offerings', async () => {
    for (const { id } of [draft, archived, expired]) {
      expect(dataOf(await t.gql(GET, { id })).offering).toBeNull();
      expect(dataOf(await t.gql(GET, { id }, buyer.token)).offering).toBeNull();
    }
  });

  it('shows them to the organization members and to admins', async () => {
    const colleague = await createMember(t, owner.org.id, owner.token);
    const admin = await createAdmin(t);
    for (const token of [owner.token, colleague.token, admin.token]) {
      for (const { id } of [draft, archived, expired]) {
        expect(dataOf(await t.gql(GET, { id }, token)).offering).toMatchObject({ id });
      }
    }
  });

  it('answers null for unknown and malformed ids', async () => {
    expect(dataOf(await t.gql(GET, { id: randomUUID() })).offering).toBeNull();
    expect(dataOf(await t.gql(GET, { id: 'nope' })).offering).toBeNull();
  });

  it('lists only published, unexpired offerings to strangers; everything to members', async () => {
    const ids = (res: GraphQLResponse) => dataOf(res).organization.offerings.edges.map((e: { node: { id: string } }) => e.node.id);
    const forStranger = await t.gql(ORG_OFFERINGS, { id: owner.org.id }, buyer.token);
    expect(ids(forStranger)).toEqual([published.id]);
    expect(dataOf(forStranger).organization.offerings.totalCount).toBe(1);
    expect(ids(await t.gql(ORG_OFFERINGS, { id: owner.org.id }))).toEqual([published.id]);
    const forOwner = await t.gql(ORG_OFFERINGS, { id: owner.org.id }, owner.token);
    expect(new Set(ids(forOwner))).toEqual(new Set([draft.id, archived.id, expired.id, published.id]));
    expect(dataOf(forOwner).organization.offerings.totalCount).toBe(4);
  });

  it('filters by status: a stranger asking for drafts gets an empty list, the owner gets the drafts', async () => {
    const strangerDrafts = dataOf(await t.gql(ORG_OFFERINGS, { id: owner.org.id, status: 'DRAFT' }, buyer.token));
    expect(strangerDrafts.organization.offerings).toEqual({ totalCount: 0, edges: [] });
    const ownerDrafts = dataOf(await t.gql(ORG_OFFERINGS, { id: owner.org.id, status: 'DRAFT' }, owner.token));
    expect(ownerDrafts.organization.offerings.edges).toEqual([{ node: { id: draft.id, status: 'DRAFT' } }]);
    const strangerArchived = dataOf(await t.gql(ORG_OFFERINGS, { id: owner.org.id, status: 'ARCHIVED' }));
    expect(strangerArchived.organization.offerings.edges).toEqual([]);
  });
});

describe('atomic writes', () => {
  it('leaves neither the offering nor an outbox row when the outbox write fails', async () => {
    const title = `Откат ${randomUUID().slice(0, 8)}`;
    const offeringsBefore = await countRows(t, `SELECT count(*) AS n FROM offerings`);
    const outboxBefore = await countRows(t, `SELECT count(*) AS n FROM search_outbox`);
    // The offering row is written first; the outbox row after it is refused by this constraint.
    await t.sql(`ALTER TABLE search_outbox ADD CONSTRAINT test_refuse_offering_rows CHECK (entity <> 'offering') NOT VALID`);
    try {
      const res = await t.gql(CREATE, { input: input({ title }) }, maz.token);
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.body.data ?? null).toBeNull();
    } finally {
      await t.sql(`ALTER TABLE search_outbox DROP CONSTRAINT test_refuse_offering_rows`);
    }
    expect(await countRows(t, `SELECT count(*) AS n FROM offerings WHERE title = $1`, [title])).toBe(0);
    expect(await countRows(t, `SELECT count(*) AS n FROM offerings`)).toBe(offeringsBefore);
    expect(await countRows(t, `SELECT count(*) AS n FROM search_outbox`)).toBe(outboxBefore);
  });

  it('keeps the old content and adds no outbox row when an update fails half-way', async () => {
    const offering = await create(maz);
    await t.sql(`ALTER TABLE search_outbox ADD CONSTRAINT test_refuse_updates CHECK (event <> 'catalog.offering.updated') NOT VALID`);
    try {
      const res = await t.gql(UPDATE, { id: offering.id, input: input({ title: 'Не сохранится' }) }, maz.token);
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.sql(`ALTER TABLE search_outbox DROP CONSTRAINT test_refuse_updates`);
    }
    const [row] = await t.sql(`SELECT title FROM offerings WHERE id = $1`, [offering.id]);
    expect(row.title).toBe(offering.title);
    expect(await outboxEvents(offering.id)).toEqual(['catalog.offering.created', 'catalog.offering.published']);
  });
});
