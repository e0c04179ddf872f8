import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMember, createOffering, createOwner, registerUser, type TestOwner, type TestUser } from '../support/factories.js';
import { linkIn } from '../support/mail.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { register } from './accounts.fixtures.js';
import { contactsApi } from './contacts.fixtures.js';
import { ACCEPT_INVITE, CREATE_INVITE } from './identity.fixtures.js';

const ROLE = `mutation ($org: ID!, $user: ID!, $role: MembershipRole!) { changeMemberRole(organizationId: $org, userId: $user, role: $role) { id membershipRole } }`;
const REMOVE = `mutation ($org: ID!, $user: ID!) { removeMember(organizationId: $org, userId: $user) }`;
const TRANSFER = `mutation ($org: ID!, $user: ID!) { transferOwnership(organizationId: $org, userId: $user) { id } }`;
const LEAVE = `mutation { leaveOrganization }`;
const MEMBERS = `query ($org: ID!) { organization(id: $org) { members { id membershipRole } } }`;
const ME = `{ me { id membershipRole organization { id } } }`;

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

const codeOf = (res: Parameters<typeof errorOf>[0]) => errorOf(res).extensions?.code;
const roles = async (org: TestOwner) =>
  Object.fromEntries(dataOf(await t.gql(MEMBERS, { org: org.org.id }, org.token)).organization.members.map((m: { id: string; membershipRole: string }) => [m.id, m.membershipRole]));

describe('invites', () => {
  it("are mailed in the invitee's language with the link, and the code is still returned to the owner", async () => {
    const owner = await createOwner(t, { name: 'ОАО «Гомсельмаш»' });
    const invitee = await registerUser(t, { locale: 'EN' });
    const code = dataOf(await t.gql(CREATE_INVITE, { org: owner.org.id, email: invitee.email }, owner.token)).createInvite;
    const [mail] = await t.mail.waitFor(invitee.email, { where: (m) => m.subject.startsWith('Invitation') });
    expect(mail.subject).toBe('Invitation to join "ОАО «Гомсельмаш»" on TradeBridge');
    const link = linkIn(mail, '/invites/');
    expect(link.toString()).toBe(`${t.config.publicUrl}/invites/${code}`);
    expect(dataOf(await t.gql(ACCEPT_INVITE, { code: link.pathname.split('/').pop() }, invitee.token)).acceptInvite.organization.id).toBe(owner.org.id);
  });

  it('go to an address without an account in the inviter\'s language', async () => {
    const owner = await createOwner(t);
    const email = `newcomer.${Date.now()}@example.by`;
    dataOf(await t.gql(CREATE_INVITE, { org: owner.org.id, email }, owner.token));
    expect((await t.mail.waitFor(email))[0].subject).toMatch(/^Приглашение в «/);
  });
});

describe('an owner', () => {
  let owner: TestOwner;
  let member: TestUser;

  beforeAll(async () => {
    owner = await createOwner(t);
    member = await createMember(t, owner.org.id, owner.token);
  });

  it("changes a member's role both ways, and the organization keeps at least one owner", async () => {
    expect(dataOf(await t.gql(ROLE, { org: owner.org.id, user: member.id, role: 'OWNER' }, owner.token)).changeMemberRole.membershipRole).toBe('OWNER');
    expect(await roles(owner)).toEqual({ [owner.id]: 'OWNER', [member.id]: 'OWNER' });
    dataOf(await t.gql(ROLE, { org: owner.org.id, user: member.id, role: 'MEMBER' }, owner.token));
    const last = await t.gql(ROLE, { org: owner.org.id, user: owner.id, role: 'MEMBER' }, owner.token);
    expect(codeOf(last)).toBe('CONFLICT');
    expect(await roles(owner)).toEqual({ [owner.id]: 'OWNER', [member.id]: 'MEMBER' });
  });

  it('is the only one who changes members: a member is FORBIDDEN, an outsider too, unknown ids are NOT_FOUND', async () => {
    const outsider = await createOwner(t);
    expect(codeOf(await t.gql(ROLE, { org: owner.org.id, user: owner.id, role: 'MEMBER' }, member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REMOVE, { org: owner.org.id, user: member.id }, outsider.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REMOVE, { org: owner.org.id, user: outsider.id }, owner.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(REMOVE, { org: '00000000-0000-4000-8000-000000000000', user: member.id }, owner.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(ROLE, { org: owner.org.id, user: member.id, role: 'BOSS' }, owner.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(REMOVE, { org: owner.org.id, user: member.id }))).toBe('UNAUTHENTICATED');
    expect(await roles(owner)).toEqual({ [owner.id]: 'OWNER', [member.id]: 'MEMBER' });
  });

  it('cannot remove themself (they leave instead)', async () => {
    const res = await t.gql(REMOVE, { org: owner.org.id, user: owner.id }, owner.token);
    expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId' }] });
  });
});

describe('a removed member', () => {
  it("loses access to the organization's private data at the next request, with a token issued before the removal", async () => {
    const supplier = await createOwner(t);
    const buyer = await createOwner(t, { country: 'RU' });
    const member = await createMember(t, supplier.org.id, supplier.token);
    const offering = await createOffering(t, supplier.token);
    const request = await contactsApi(t).requestOk(buyer.token, { offeringId: offering.id });
    const draft = await createOffering(t, supplier.token, { publish: false });
    const privateRead = `query ($r: ID!, $d: ID!) { contactRequest(id: $r) { id } offering(id: $d) { id } }`;
    expect(dataOf(await t.gql(privateRead, { r: request.id, d: draft.id }, member.token))).toEqual({ contactRequest: { id: request.id }, offering: { id: draft.id } });

    expect(dataOf(await t.gql(REMOVE, { org: supplier.org.id, user: member.id }, supplier.token)).removeMember).toBe(true);
    expect(dataOf(await t.gql(privateRead, { r: request.id, d: draft.id }, member.token))).toEqual({ contactRequest: null, offering: null });
    expect(dataOf(await t.gql(ME, {}, member.token)).me).toMatchObject({ membershipRole: null, organization: null });
    expect(codeOf(await contactsApi(t).respond(member.token, request.id, true))).toBe('FORBIDDEN');
  });
});

describe('transferring ownership', () => {
  it('makes the member the owner and the owner a member', async () => {
    const owner = await createOwner(t);
    const member = await createMember(t, owner.org.id, owner.token);
    expect(dataOf(await t.gql(TRANSFER, { org: owner.org.id, user: member.id }, owner.token)).transferOwnership.id).toBe(owner.org.id);
    expect(await roles(owner)).toEqual({ [owner.id]: 'MEMBER', [member.id]: 'OWNER' });
    expect(codeOf(await t.gql(TRANSFER, { org: owner.org.id, user: member.id }, owner.token))).toBe('FORBIDDEN');
  });

  it('needs a member with a verified address', async () => {
    const owner = await createOwner(t);
    const member = await createMember(t, owner.org.id, owner.token);
    await t.sql(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [member.id]);
    expect(codeOf(await t.gql(TRANSFER, { org: owner.org.id, user: member.id }, owner.token))).toBe('CONFLICT');
    expect(await roles(owner)).toEqual({ [owner.id]: 'OWNER', [member.id]: 'MEMBER' });
  });
});

describe('leaving', () => {
  it('a member leaves; the last owner must hand over first; someone without an organization is told so', async () => {
    const owner = await createOwner(t);
    const member = await createMember(t, owner.org.id, owner.token);
    expect(dataOf(await t.gql(LEAVE, {}, member.token)).leaveOrganization).toBe(true);
    expect(dataOf(await t.gql(ME, {}, member.token)).me.organization).toBeNull();
    expect(codeOf(await t.gql(LEAVE, {}, member.token))).toBe('CONFLICT');
    expect(codeOf(await t.gql(LEAVE, {}, owner.token))).toBe('CONFLICT');
    expect(await roles(owner)).toEqual({ [owner.id]: 'OWNER' });
    const loner = await register(t);
    expect(codeOf(await t.gql(LEAVE, {}, loner.accessToken))).toBe('CONFLICT');
  });
});
