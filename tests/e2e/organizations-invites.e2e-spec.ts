import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccessTokenService, UserService, type UserEntity } from '@tradebridge/identity';
import { LoaderRegistry, type RequestContext } from '@tradebridge/core';
import { UserFieldsResolver } from '../../libs/identity/src/users/user-fields.resolver.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { createAdmin, createMember, createOwner, registerUser, type TestOwner, type TestUser } from '../support/factories.js';
import { ACCEPT_INVITE, codeOf, CREATE_INVITE, ME, pathsOf, UNKNOWN_ID } from './identity.fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('createInvite', () => {
  it('gives the owner a 256-bit code, stored only as its hash and valid for 7 days', async () => {
    const o = await createOwner(t);
    const invitee = `Invitee.${Date.now()}@Example.RU`;
    const code: string = dataOf(await t.gql(CREATE_INVITE, { org: o.org.id, email: invitee }, o.token)).createInvite;
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await t.sql('SELECT * FROM invites WHERE organization_id = $1', [o.org.id]);
    expect(row.email).toBe(invitee.toLowerCase());
    expect(row.code_hash).toBe(createHash('sha256').update(code).digest('hex'));
    const days = (new Date(row.expires_at).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });

  it('is refused to members who are not the owner, to strangers and to anonymous callers', async () => {
    const o = await createOwner(t);
    const m = await createMember(t, o.org.id, o.token);
    const stranger = await createOwner(t);
    const loner = await registerUser(t);
    const a = await createAdmin(t);
    for (const p of [m, stranger, loner, a]) {
      expect(codeOf(await t.gql(CREATE_INVITE, { org: o.org.id, email: 'x@example.ru' }, p.token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(CREATE_INVITE, { org: o.org.id, email: 'x@example.ru' }))).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown organization and BAD_USER_INPUT for a bad e-mail', async () => {
    const o = await createOwner(t);
    expect(codeOf(await t.gql(CREATE_INVITE, { org: UNKNOWN_ID, email: 'x@example.ru' }, o.token))).toBe('NOT_FOUND');
    const bad = await t.gql(CREATE_INVITE, { org: UNKNOWN_ID, email: 'not an e-mail' }, o.token);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(pathsOf(bad)).toEqual(['email']);
  });

  it('refuses to invite someone who is already a member', async () => {
    const o = await createOwner(t);
    const m = await createMember(t, o.org.id, o.token);
    expect(codeOf(await t.gql(CREATE_INVITE, { org: o.org.id, email: m.email.toUpperCase() }, o.token))).toBe('CONFLICT');
  });
});

describe('acceptInvite', () => {
  async function invite(o: TestOwner, email: string): Promise<string> {
    return dataOf(await t.gql(CREATE_INVITE, { org: o.org.id, email }, o.token)).createInvite;
  }

  it('joins the invited person as MEMBER', async () => {
    const o = await createOwner(t);
    const p = await registerUser(t);
    const user = dataOf(await t.gql(ACCEPT_INVITE, { code: await invite(o, p.email) }, p.token)).acceptInvite;
    expect(user).toMatchObject({ id: p.id, email: p.email, membershipRole: 'MEMBER', organization: { id: o.org.id } });
    expect(dataOf(await t.gql(ME, {}, p.token)).me.organization.id).toBe(o.org.id);
  });

  it('is single-use', async () => {
    const o = await createOwner(t);
    const p = await registerUser(t);
    const code = await invite(o, p.email);
    dataOf(await t.gql(ACCEPT_INVITE, { code }, p.token));
    const again = await t.gql(ACCEPT_INVITE, { code }, p.token);
    expect(codeOf(again)).toBe('NOT_FOUND');
    expect(errorOf(again).message).toMatch(/already been used/);
  });

  it('refuses an expired invite', async () => {
    const o = await createOwner(t);
    const p = await registerUser(t);
    const code = await invite(o, p.email);
    await t.sql(`UPDATE invites SET expires_at = now() - interval '1 minute' WHERE organization_id = $1`, [o.org.id]);
    const res = await t.gql(ACCEPT_INVITE, { code }, p.token);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(errorOf(res).message).toMatch(/expired/);
    expect(dataOf(await t.gql(ME, {}, p.token)).me.organization).toBeNull();
  });

  it('refuses unknown and malformed codes', async () => {
    const p = await registerUser(t);
    for (const code of ['A'.repeat(43), 'garbage', '']) {
      expect(codeOf(await t.gql(ACCEPT_INVITE, { code }, p.token))).toBe('NOT_FOUND');
    }
  });

  it('refuses a caller whose e-mail is not the invited one, leaving the invite usable', async () => {
    const o = await createOwner(t);
    const invited = await registerUser(t);
    const other = await registerUser(t);
    const code = await invite(o, invited.email);
    expect(codeOf(await t.gql(ACCEPT_INVITE, { code }, other.token))).toBe('CONFLICT');
    expect(dataOf(await t.gql(ACCEPT_INVITE, { code }, invited.token)).acceptInvite.membershipRole).toBe('MEMBER');
  });

  it('refuses a caller who already belongs to an organization', async () => {
    const o = await createOwner(t);
    const other = await createOwner(t);
    const res = await t.gql(ACCEPT_INVITE, { code: await invite(o, other.email) }, other.token);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(dataOf(await t.gql(ME, {}, other.token)).me.organization.id).toBe(other.org.id);
  });

  it('requires a signed-in caller', async () => {
    expect(codeOf(await t.gql(ACCEPT_INVITE, { code: 'A'.repeat(43) }))).toBe('UNAUTHENTICATED');
  });
});

// No contract query shows another user yet, so the private fields are checked through the real
// field resolver, with the viewer resolved from a real access token.
describe('User.email and User.phone privacy', () => {
  let target: UserEntity;
  let owner: TestUser;
  let coMember: TestUser;
  let stranger: TestUser;
  let loner: TestUser;
  let admin: TestUser;

  async function seenBy(viewer: TestUser | null): Promise<{ email: string | null; phone: string | null }> {
    const resolver = t.app.get(UserFieldsResolver);
    const user = viewer ? await t.app.get(AccessTokenService).authenticate(viewer.token) : null;
    const ctx = { user, loaders: new LoaderRegistry() } as RequestContext;
    const fresh = (await t.app.get(UserService).findByIds([target.id]))[0]!;
    delete fresh.membership; // as another slice would pass it: without the joined membership
    return { email: await resolver.email(fresh, ctx), phone: await resolver.phone(fresh, ctx) };
  }

  beforeAll(async () => {
    const o = await createOwner(t);
    owner = o;
    coMember = await createMember(t, o.org.id, o.token);
    stranger = await createOwner(t);
    loner = await registerUser(t);
    admin = await createAdmin(t);
    target = (await t.app.get(UserService).findById(owner.id))!;
  });

  it('shows them to the user, a co-member and an admin', async () => {
    for (const viewer of [owner, coMember, admin]) {
      expect(await seenBy(viewer)).toEqual({ email: owner.email, phone: '+375 17 000-00-00' });
    }
  });

  it('hides them from members of other organizations, users without one and anonymous callers', async () => {
    for (const viewer of [stranger, loner, null]) {
      expect(await seenBy(viewer)).toEqual({ email: null, phone: null });
    }
  });

  it('shows a user their own e-mail in me', async () => {
    expect(dataOf(await t.gql(ME, {}, coMember.token)).me.email).toBe(coMember.email);
  });
});
