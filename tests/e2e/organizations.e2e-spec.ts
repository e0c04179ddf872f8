import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryCounter } from '@tradebridge/core';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { countRows, createAdmin, createMember, createOwner, freshTaxId, registerUser, type TestOwner } from '../support/factories.js';
import {
  codeOf,
  CREATE_ORG,
  ME,
  orgInput,
  outboxEvents,
  pathsOf,
  UNKNOWN_ID,
  UPDATE_ORG,
  VERIFY_ORG,
  withWrongCheckDigit,
} from './identity.fixtures.js';

let t: TestApp;
const ORGS = 'SELECT count(*) AS n FROM organizations';
const OUTBOX = `SELECT count(*) AS n FROM search_outbox WHERE entity = 'organization'`;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('createOrganization', () => {
  it('registers the organization, makes the caller its OWNER and writes an outbox row', async () => {
    const p = await registerUser(t);
    const input = orgInput({ sectorCodes: ['S.MAINTENANCE', '87', 'S.MAINTENANCE'] });
    const spaced = `${input.taxId.slice(0, 3)} ${input.taxId.slice(3)}`;
    const org = dataOf(await t.gql(CREATE_ORG, { input: { ...input, taxId: spaced } }, p.token)).createOrganization;
    expect(org).toMatchObject({ name: input.name, country: 'BY', region: 'Минская область', regionCode: 'BY-MI', taxId: input.taxId, verified: false });
    const me = dataOf(await t.gql(ME, {}, p.token)).me;
    expect(me).toMatchObject({ membershipRole: 'OWNER', organization: { id: org.id, name: input.name } });
    expect(await outboxEvents(t, org.id)).toEqual(['identity.organization.created']);
    const sectors = await t.sql<{ category_code: string }>(
      'SELECT category_code FROM organization_sectors WHERE organization_id = $1 ORDER BY position',
      [org.id],
    );
    expect(sectors.map((s) => s.category_code)).toEqual(['S.MAINTENANCE', '87']);
  });

  it('accepts a Russian organization with a 10-digit INN', async () => {
    const p = await registerUser(t);
    const input = orgInput({ country: 'RU' });
    const org = dataOf(await t.gql(CREATE_ORG, { input }, p.token)).createOrganization;
    expect(org).toMatchObject({ country: 'RU', region: 'Владимирская область', regionCode: 'RU-VLA', taxId: input.taxId });
    expect(input.taxId).toMatch(/^\d{10}$/);
  });

  it('requires a signed-in caller', async () => {
    expect(codeOf(await t.gql(CREATE_ORG, { input: orgInput() }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a UNP with a wrong check digit', { country: 'BY', taxId: withWrongCheckDigit(freshTaxId('BY')) }],
    ['a UNP of 8 digits', { country: 'BY', taxId: freshTaxId('BY').slice(0, 8) }],
    ['a UNP with letters', { country: 'BY', taxId: 'МА1953684' }],
    ['an INN with a wrong check digit', { country: 'RU', taxId: withWrongCheckDigit(freshTaxId('RU')) }],
    ["a person's 12-digit INN", { country: 'RU', taxId: '500100732259' }],
    ['a UNP given as an INN', { country: 'RU', taxId: freshTaxId('BY') }],
  ])('refuses %s with BAD_USER_INPUT on input.taxId', async (_name, overrides) => {
    const p = await registerUser(t);
    const before = await countRows(t, ORGS);
    const res = await t.gql(CREATE_ORG, { input: orgInput(overrides) }, p.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['input.taxId']);
    expect(await countRows(t, ORGS)).toBe(before);
  });

  it('lists every bad field', async () => {
    const p = await registerUser(t);
    const res = await t.gql(
      CREATE_ORG,
      { input: orgInput({ name: 'X', region: '', website: 'ftp://example.by', description: 'x'.repeat(5001), taxId: '123' }) },
      p.token,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['input.description', 'input.name', 'input.region', 'input.taxId', 'input.website']);
  });

  it('refuses unknown sector codes and more than 10 sectors', async () => {
    const p = await registerUser(t);
    const unknown = await t.gql(CREATE_ORG, { input: orgInput({ sectorCodes: ['87', 'NO.SUCH'] }) }, p.token);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(pathsOf(unknown)).toEqual(['input.sectorCodes']);
    expect(errorOf(unknown).message).toContain('NO.SUCH');
    const many = await t.gql(CREATE_ORG, { input: orgInput({ sectorCodes: Array.from({ length: 11 }, (_, i) => `C${i}`) }) }, p.token);
    expect(pathsOf(many)).toEqual(['input.sectorCodes']);
    expect(dataOf(await t.gql(ME, {}, p.token)).me.organization).toBeNull();
  });

  it('refuses a tax id that is already registered and writes nothing', async () => {
    const first = await createOwner(t);
    const p = await registerUser(t);
    const [orgs, rows] = [await countRows(t, ORGS), await countRows(t, OUTBOX)];
    const res = await t.gql(CREATE_ORG, { input: orgInput({ taxId: first.org.taxId }) }, p.token);
    expect(codeOf(res)).toBe('CONFLICT');
    expect([await countRows(t, ORGS), await countRows(t, OUTBOX)]).toEqual([orgs, rows]);
    expect(dataOf(await t.gql(ME, {}, p.token)).me.organization).toBeNull();
  });

  it('refuses a second organization for the same user', async () => {
    const o = await createOwner(t);
    const res = await t.gql(CREATE_ORG, { input: orgInput() }, o.token);
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('reports bad input before the business rules', async () => {
    const o = await createOwner(t);
    const res = await t.gql(CREATE_ORG, { input: orgInput({ taxId: withWrongCheckDigit(freshTaxId('BY')) }) }, o.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('updateOrganization', () => {
  it('lets a member replace the profile and writes an outbox row', async () => {
    const o = await createOwner(t);
    const m = await createMember(t, o.org.id, o.token);
    const input = orgInput({ name: 'МАЗ обновлённый', taxId: o.org.taxId, sectorCodes: ['S.CONSTRUCTION'], city: null, website: null });
    const org = dataOf(await t.gql(UPDATE_ORG, { id: o.org.id, input }, m.token)).updateOrganization;
    expect(org).toMatchObject({ id: o.org.id, name: 'МАЗ обновлённый', city: null, website: null });
    expect(await outboxEvents(t, o.org.id)).toEqual(['identity.organization.created', 'identity.organization.updated']);
    const sectors = await t.sql('SELECT category_code FROM organization_sectors WHERE organization_id = $1', [o.org.id]);
    expect(sectors).toEqual([{ category_code: 'S.CONSTRUCTION' }]);
  });

  it("refuses members of another organization and users without one, changing nothing", async () => {
    const o = await createOwner(t);
    const stranger = await createOwner(t);
    const loner = await registerUser(t);
    for (const token of [stranger.token, loner.token]) {
      const res = await t.gql(UPDATE_ORG, { id: o.org.id, input: orgInput({ taxId: o.org.taxId, name: 'Hijacked' }) }, token);
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    const [row] = await t.sql('SELECT name FROM organizations WHERE id = $1', [o.org.id]);
    expect(row.name).toBe(o.org.name);
    expect(await outboxEvents(t, o.org.id)).toEqual(['identity.organization.created']);
  });

  it('answers NOT_FOUND for unknown and malformed ids', async () => {
    const o = await createOwner(t);
    for (const id of [UNKNOWN_ID, 'not-an-id']) {
      expect(codeOf(await t.gql(UPDATE_ORG, { id, input: orgInput() }, o.token))).toBe('NOT_FOUND');
    }
  });

  it('checks input first, then existence, then permission', async () => {
    const o = await createOwner(t);
    const stranger = await registerUser(t);
    const bad = orgInput({ taxId: withWrongCheckDigit(freshTaxId('BY')) });
    expect(codeOf(await t.gql(UPDATE_ORG, { id: o.org.id, input: bad }, stranger.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(UPDATE_ORG, { id: UNKNOWN_ID, input: bad }, stranger.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(UPDATE_ORG, { id: UNKNOWN_ID, input: orgInput() }, stranger.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UPDATE_ORG, { id: o.org.id, input: orgInput() }))).toBe('UNAUTHENTICATED');
  });

  it("refuses another organization's tax id", async () => {
    const o = await createOwner(t);
    const other = await createOwner(t);
    const res = await t.gql(UPDATE_ORG, { id: o.org.id, input: orgInput({ taxId: other.org.taxId }) }, o.token);
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('lets an admin edit any organization', async () => {
    const o = await createOwner(t);
    const a = await createAdmin(t);
    const org = dataOf(await t.gql(UPDATE_ORG, { id: o.org.id, input: orgInput({ taxId: o.org.taxId, name: 'Fixed by admin' }) }, a.token));
    expect(org.updateOrganization.name).toBe('Fixed by admin');
  });
});

describe('verifyOrganization', () => {
  it('is for admins only', async () => {
    const o = await createOwner(t);
    expect(codeOf(await t.gql(VERIFY_ORG, { id: o.org.id, v: true }, o.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(VERIFY_ORG, { id: o.org.id, v: true }))).toBe('UNAUTHENTICATED');
    expect(await outboxEvents(t, o.org.id)).toEqual(['identity.organization.created']);
  });

  it('sets the mark and writes an outbox row; NOT_FOUND for unknown ids', async () => {
    const o = await createOwner(t);
    const a = await createAdmin(t);
    expect(dataOf(await t.gql(VERIFY_ORG, { id: o.org.id, v: true }, a.token)).verifyOrganization.verified).toBe(true);
    expect(await outboxEvents(t, o.org.id)).toEqual(['identity.organization.created', 'identity.organization.verified']);
    expect(codeOf(await t.gql(VERIFY_ORG, { id: UNKNOWN_ID, v: true }, a.token))).toBe('NOT_FOUND');
  });

  it.each([
    ['the name', (o: TestOwner) => orgInput({ name: `${o.org.name} (новое название)`, taxId: o.org.taxId })],
    ['the country (and so the tax id)', (o: TestOwner) => orgInput({ name: o.org.name, country: 'RU' })],
    ['the tax id', (o: TestOwner) => orgInput({ name: o.org.name })],
  ])('is dropped when %s changes: admins verify again', async (_, changed) => {
    const o = await createOwner(t);
    const a = await createAdmin(t);
    dataOf(await t.gql(VERIFY_ORG, { id: o.org.id, v: true }, a.token));
    const updated = dataOf(await t.gql(UPDATE_ORG, { id: o.org.id, input: changed(o) }, o.token));
    expect(updated.updateOrganization.verified).toBe(false);
    const [row] = await t.sql<{ verified: boolean }>('SELECT verified FROM organizations WHERE id = $1', [o.org.id]);
    expect(row.verified).toBe(false);
  });

  it('is kept on edits that leave the name, country and tax id as they are', async () => {
    const o = await createOwner(t);
    const a = await createAdmin(t);
    dataOf(await t.gql(VERIFY_ORG, { id: o.org.id, v: true }, a.token));
    const input = orgInput({ name: `  ${o.org.name} `, taxId: o.org.taxId, region: 'Minsk', city: 'Минск', website: 'https://other.example.by', description: 'Новое описание', sectorCodes: ['87'] });
    const same = dataOf(await t.gql(UPDATE_ORG, { id: o.org.id, input }, o.token));
    expect(same.updateOrganization.verified).toBe(true);
  });
});

describe('organization and organizations (public)', () => {
  const ONE = `query ($id: ID!) { organization(id: $id) { id name taxId } }`;
  const LIST = `query ($q: String, $c: Country, $first: Int, $after: String) {
    organizations(query: $q, country: $c, first: $first, after: $after) {
      totalCount edges { cursor node { id name country } } pageInfo { hasNextPage endCursor } } }`;

  it('shows a profile to anyone; null for unknown or malformed ids', async () => {
    const o = await createOwner(t);
    expect(dataOf(await t.gql(ONE, { id: o.org.id })).organization).toEqual({ id: o.org.id, name: o.org.name, taxId: o.org.taxId });
    expect(dataOf(await t.gql(ONE, { id: UNKNOWN_ID })).organization).toBeNull();
    expect(dataOf(await t.gql(ONE, { id: 'nope' })).organization).toBeNull();
  });

  it('finds names by a case-insensitive part, filters by country and pages newest first', async () => {
    const tag = `Tag${Date.now()}`;
    const a = await createOwner(t, { name: `Alpha ${tag} Ltd` });
    const b = await createOwner(t, { name: `beta ${tag.toLowerCase()}`, country: 'RU' });
    const c = await createOwner(t, { name: `Gamma ${tag.toUpperCase()}` });
    const all = dataOf(await t.gql(LIST, { q: tag.toLowerCase(), first: 10 })).organizations;
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e: any) => e.node.id)).toEqual([c.org.id, b.org.id, a.org.id]);
    const ru = dataOf(await t.gql(LIST, { q: tag, c: 'RU', first: 10 })).organizations;
    expect(ru.edges.map((e: any) => e.node.id)).toEqual([b.org.id]);
    const page1 = dataOf(await t.gql(LIST, { q: tag, first: 2 })).organizations;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = dataOf(await t.gql(LIST, { q: tag, first: 2, after: page1.pageInfo.endCursor })).organizations;
    expect(page2.edges.map((e: any) => e.node.id)).toEqual([a.org.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('treats LIKE wildcards in the query literally', async () => {
    const tag = `W${Date.now()}`;
    const literal = await createOwner(t, { name: `${tag} 100%_sure` });
    await createOwner(t, { name: `${tag} 1000 sure` });
    const res = dataOf(await t.gql(LIST, { q: `${tag} 100%_`, first: 10 })).organizations;
    expect(res.edges.map((e: any) => e.node.id)).toEqual([literal.org.id]);
    expect(dataOf(await t.gql(LIST, { q: '%', first: 10 })).organizations.edges.every((e: any) => e.node.name.includes('%'))).toBe(true);
  });

  it('lists a page with a fixed number of SQL statements, however many rows', async () => {
    for (let i = 0; i < 5; i++) await createOwner(t);
    const statements = async (first: number) => {
      const before = queryCounter.count;
      const res = dataOf(await t.gql(LIST, { first }));
      expect(res.organizations.edges).toHaveLength(first);
      return queryCounter.count - before;
    };
    const few = await statements(1);
    expect(await statements(5)).toBe(few);
    expect(few).toBeLessThanOrEqual(3);
  });

  it('refuses page sizes outside 1..100 and foreign cursors', async () => {
    expect(pathsOf(await t.gql(LIST, { first: 0 }))).toEqual(['first']);
    expect(pathsOf(await t.gql(LIST, { first: 101 }))).toEqual(['first']);
    expect(codeOf(await t.gql(LIST, { first: 5, after: 'bogus' }))).toBe('BAD_USER_INPUT');
  });
});
