import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAdmin, createMember, createOwner, registerUser } from '../support/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { ACCEPT_INVITE, CREATE_INVITE } from './identity.fixtures.js';

// What the web app's organization settings and admin desk read: an organization's pending invites (owners and
// admins only) and the organizations waiting for verification.
const PENDING = `query ($org: ID!) { organization(id: $org) { pendingInvites { id email createdAt expiresAt } } }`;
const QUEUE = `query ($verified: Boolean, $query: String) { organizations(verified: $verified, query: $query, first: 100) { totalCount edges { node { id verified } } } }`;
const VERIFY = `mutation ($id: ID!, $verified: Boolean!) { verifyOrganization(id: $id, verified: $verified) { id verified } }`;

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('Organization.pendingInvites', () => {
  it('lists the open invitations newest first to the owner and admins; members and strangers get null; an accepted one leaves the list', async () => {
    const owner = await createOwner(t);
    const member = await createMember(t, owner.org.id, owner.token);
    const first = await registerUser(t);
    const second = `second.${Date.now()}@example.by`;
    const code = dataOf(await t.gql(CREATE_INVITE, { org: owner.org.id, email: first.email }, owner.token)).createInvite;
    dataOf(await t.gql(CREATE_INVITE, { org: owner.org.id, email: second.toUpperCase() }, owner.token));

    const listed = dataOf(await t.gql(PENDING, { org: owner.org.id }, owner.token)).organization.pendingInvites;
    expect(listed.map((i: { email: string }) => i.email)).toEqual([second, first.email.toLowerCase()]);
    expect(new Date(listed[0].expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const admin = await createAdmin(t);
    expect(dataOf(await t.gql(PENDING, { org: owner.org.id }, admin.token)).organization.pendingInvites).toHaveLength(2);
    expect(dataOf(await t.gql(PENDING, { org: owner.org.id }, member.token)).organization.pendingInvites).toBeNull();
    expect(dataOf(await t.gql(PENDING, { org: owner.org.id })).organization.pendingInvites).toBeNull();

    dataOf(await t.gql(ACCEPT_INVITE, { code }, first.token));
    const after = dataOf(await t.gql(PENDING, { org: owner.org.id }, owner.token)).organization.pendingInvites;
    expect(after.map((i: { email: string }) => i.email)).toEqual([second]);
  });
});

describe('organizations(verified:)', () => {
  it('lists only unverified organizations for false and only verified ones for true; verifying moves one across', async () => {
    const owner = await createOwner(t, { name: `Очередь проверки ${Date.now()}` });
    const admin = await createAdmin(t);
    const ids = async (verified: boolean) => dataOf(await t.gql(QUEUE, { verified, query: 'Очередь проверки' })).organizations.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids(false)).toContain(owner.org.id);
    expect(await ids(true)).not.toContain(owner.org.id);
    dataOf(await t.gql(VERIFY, { id: owner.org.id, verified: true }, admin.token));
    expect(await ids(false)).not.toContain(owner.org.id);
    expect(await ids(true)).toContain(owner.org.id);
  });
});
