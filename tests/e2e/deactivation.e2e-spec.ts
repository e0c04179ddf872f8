import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAdmin, createMember, createNeed, createOffering, createOwner, registerUser, TEST_PASSWORD, type TestUser } from '../support/factories.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { login, LOGIN, ME } from './accounts.fixtures.js';

const DEACTIVATE_USER = `mutation ($id: ID!, $reason: String!) { deactivateUser(id: $id, reason: $reason) { id } }`;
const DEACTIVATE_ORG = `mutation ($id: ID!, $reason: String!) { deactivateOrganization(id: $id, reason: $reason) { id } }`;
const OFFERING = `query ($id: ID!) { offering(id: $id) { id status } }`;
const DIRECTORY = `query ($q: String) { organizations(query: $q, first: 20) { totalCount edges { node { id } } } }`;

let t: TestApp;
let admin: TestUser;

beforeAll(async () => {
  t = await startTestApp();
  admin = await createAdmin(t);
});

afterAll(async () => {
  await t?.close();
});

const codeOf = (res: Parameters<typeof errorOf>[0]) => errorOf(res).extensions?.code;

describe('deactivating an account', () => {
  it('ends its sessions at once, records the reason and refuses sign-in with it', async () => {
    const user = await registerUser(t);
    const other = await login(t, user.email);
    expect(dataOf(await t.gql(DEACTIVATE_USER, { id: user.id, reason: 'Поддельные реквизиты' }, admin.token)).deactivateUser.id).toBe(user.id);
    for (const token of [user.token, other.accessToken]) expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    const refused = await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD });
    expect(errorOf(refused).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DEACTIVATED' });
    expect(errorOf(refused).message).toContain('Поддельные реквизиты');
    const [row] = await t.sql<{ deactivation_reason: string }>(`SELECT deactivation_reason FROM users WHERE id = $1`, [user.id]);
    expect(row.deactivation_reason).toBe('Поддельные реквизиты');
    // A wrong password still answers like any wrong password: deactivation is told only to who knows it.
    expect(codeOf(await t.gql(LOGIN, { email: user.email, password: 'wrong password!' }))).toBe('UNAUTHENTICATED');
  });

  it('is for admins only, needs a reason, and refuses twice, unknown ids and the admin themself', async () => {
    const user = await registerUser(t);
    expect(codeOf(await t.gql(DEACTIVATE_USER, { id: user.id, reason: 'spam' }, user.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DEACTIVATE_USER, { id: user.id, reason: 'spam' }))).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(DEACTIVATE_USER, { id: user.id, reason: '' }, admin.token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason' }] });
    expect(codeOf(await t.gql(DEACTIVATE_USER, { id: '00000000-0000-4000-8000-000000000000', reason: 'spam' }, admin.token))).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(DEACTIVATE_USER, { id: admin.id, reason: 'oops' }, admin.token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
    expect(dataOf(await t.gql(ME, {}, user.token)).me.id).toBe(user.id);
    dataOf(await t.gql(DEACTIVATE_USER, { id: user.id, reason: 'spam' }, admin.token));
    expect(codeOf(await t.gql(DEACTIVATE_USER, { id: user.id, reason: 'spam' }, admin.token))).toBe('CONFLICT');
  });
});

describe('deactivating an organization', () => {
  it("unpublishes its listings, ends its members' sessions, hides it from the directory and records the reason", async () => {
    const owner = await createOwner(t, { name: `Захватчик ИНН ${Date.now()}` });
    const member = await createMember(t, owner.org.id, owner.token);
    const offering = await createOffering(t, owner.token);
    const need = await createNeed(t, owner.token);
    await t.drainOutbox();
    expect(dataOf(await t.gql(DIRECTORY, { q: 'Захватчик ИНН' })).organizations.totalCount).toBe(1);

    dataOf(await t.gql(DEACTIVATE_ORG, { id: owner.org.id, reason: 'ИНН принадлежит другому предприятию' }, admin.token));
    for (const token of [owner.token, member.token]) expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    const statuses = await t.sql<{ status: string }>(`SELECT status FROM offerings WHERE id = $1 UNION ALL SELECT status FROM needs WHERE id = $2`, [offering.id, need.id]);
    expect(statuses.map((r) => r.status)).toEqual(['ARCHIVED', 'CLOSED']);
    expect(dataOf(await t.gql(OFFERING, { id: offering.id })).offering).toBeNull();
    expect(dataOf(await t.gql(DIRECTORY, { q: 'Захватчик ИНН' })).organizations.totalCount).toBe(0);
    await t.drainOutbox();
    const hits = dataOf(await t.gql(`{ searchOfferings(filter: { organizationId: "${owner.org.id}" }) { totalHits } }`)).searchOfferings;
    expect(hits.totalHits).toBe(0);

    // Its members may sign in again, but act for it no more.
    const again = await login(t, owner.email);
    expect(dataOf(await t.gql(ME, {}, again.accessToken)).me.id).toBe(owner.id);
    expect(codeOf(await t.gql(`mutation ($id: ID!) { setOfferingStatus(id: $id, status: PUBLISHED) { id } }`, { id: offering.id }, again.accessToken))).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(codeOf(await t.gql(`mutation ($input: OfferingInput!) { createOffering(input: $input) { id } }`, {
      input: { kind: 'PRODUCT', title: 'Ещё одно', description: 'Описание', categoryCode: '87.04' },
    }, again.accessToken))).toBe('FORBIDDEN');
    const [row] = await t.sql<{ deactivation_reason: string }>(`SELECT deactivation_reason FROM organizations WHERE id = $1`, [owner.org.id]);
    expect(row.deactivation_reason).toBe('ИНН принадлежит другому предприятию');
  });

  it('is for admins only; an owner cannot deactivate their own organization', async () => {
    const owner = await createOwner(t);
    expect(codeOf(await t.gql(DEACTIVATE_ORG, { id: owner.org.id, reason: 'хочу' }, owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DEACTIVATE_ORG, { id: '00000000-0000-4000-8000-000000000000', reason: 'нет такой' }, admin.token))).toBe('NOT_FOUND');
    expect(dataOf(await t.gql(ME, {}, owner.token)).me.organization.id).toBe(owner.org.id);
  });
});
