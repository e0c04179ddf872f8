import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { countRows, createOffering, createOwner, registerUser, type TestOwner } from '../support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * Hostile and malformed input of every kind: each case gets a 4xx or a GraphQL error with the contract's
 * code (never a 500 or a crash) and leaves no rows and no outbox entries behind.
 */
const CREATE_OFFERING = 'mutation ($input: OfferingInput!) { createOffering(input: $input) { id } }';
const CREATE_ORG = 'mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id } }';
const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }';

const offering = (overrides: Record<string, unknown>) => ({
  kind: 'PRODUCT',
  title: 'Самосвал МАЗ-6501',
  description: 'Самосвал для дорожного строительства.',
  categoryCode: '87.04',
  ...overrides,
});

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Expected extensions.code of the first error. */
  code: string;
  /** Expected dotted path in extensions.fields (BAD_USER_INPUT from validation). */
  field?: string;
  anonymous?: boolean;
}

const NESTED_2000 = (() => {
  let value: Record<string, unknown> = { title: 'x' };
  for (let i = 0; i < 2000; i++) value = { nested: value };
  return value;
})();

const offeringCases: Case[] = [
  { name: 'a title over 200 characters', query: CREATE_OFFERING, variables: { input: offering({ title: 'я'.repeat(201) }) }, code: 'BAD_USER_INPUT', field: 'input.title' },
  { name: 'a description over 10,000 characters', query: CREATE_OFFERING, variables: { input: offering({ description: 'd'.repeat(10_001) }) }, code: 'BAD_USER_INPUT', field: 'input.description' },
  { name: '21 keywords', query: CREATE_OFFERING, variables: { input: offering({ keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }) }, code: 'BAD_USER_INPUT', field: 'input.keywords' },
  { name: 'a NUL byte in the title', query: CREATE_OFFERING, variables: { input: offering({ title: 'Самосвал\u0000МАЗ' }) }, code: 'BAD_USER_INPUT', field: 'input.title' },
  { name: 'a control character in the description', query: CREATE_OFFERING, variables: { input: offering({ description: 'abc\u0007def' }) }, code: 'BAD_USER_INPUT', field: 'input.description' },
  { name: 'a lone surrogate in the title', query: CREATE_OFFERING, variables: { input: offering({ title: 'Самосвал \ud800 МАЗ' }) }, code: 'BAD_USER_INPUT', field: 'input.title' },
  { name: 'a negative lead time', query: CREATE_OFFERING, variables: { input: offering({ leadTimeDays: -1 }) }, code: 'BAD_USER_INPUT', field: 'input.leadTimeDays' },
  { name: 'a lead time over 3,650 days', query: CREATE_OFFERING, variables: { input: offering({ leadTimeDays: 3651 }) }, code: 'BAD_USER_INPUT', field: 'input.leadTimeDays' },
  { name: 'an Int beyond 32 bits', query: CREATE_OFFERING, variables: { input: offering({ leadTimeDays: 1e12 }) }, code: 'BAD_USER_INPUT' },
  { name: 'a negative quantity', query: CREATE_OFFERING, variables: { input: offering({ minOrderQuantity: -5 }) }, code: 'BAD_USER_INPUT', field: 'input.minOrderQuantity' },
  { name: 'a huge quantity', query: CREATE_OFFERING, variables: { input: offering({ minOrderQuantity: 1e300 }) }, code: 'BAD_USER_INPUT', field: 'input.minOrderQuantity' },
  { name: 'a wrong enum value', query: CREATE_OFFERING, variables: { input: offering({ kind: 'CAR' }) }, code: 'BAD_USER_INPUT' },
  { name: 'a wrong currency', query: CREATE_OFFERING, variables: { input: offering({ price: { min: '10', currency: 'BTC' } }) }, code: 'BAD_USER_INPUT' },
  { name: 'a Decimal with 3 decimals', query: CREATE_OFFERING, variables: { input: offering({ price: { min: '10.125', currency: 'USD' } }) }, code: 'BAD_USER_INPUT', field: 'input.price.min' },
  { name: 'a negative Decimal', query: CREATE_OFFERING, variables: { input: offering({ price: { min: '-10', currency: 'USD' } }) }, code: 'BAD_USER_INPUT', field: 'input.price.min' },
  { name: 'a Decimal in exponent form', query: CREATE_OFFERING, variables: { input: offering({ price: { max: '1e5', currency: 'USD' } }) }, code: 'BAD_USER_INPUT', field: 'input.price.max' },
  { name: 'a Decimal that is not a number', query: CREATE_OFFERING, variables: { input: offering({ price: { max: 'дорого', currency: 'USD' } }) }, code: 'BAD_USER_INPUT', field: 'input.price.max' },
  { name: 'min above max', query: CREATE_OFFERING, variables: { input: offering({ price: { min: '500', max: '100', currency: 'USD' } }) }, code: 'BAD_USER_INPUT', field: 'input.price.max' },
  { name: 'an impossible date', query: CREATE_OFFERING, variables: { input: offering({ validUntil: '2030-02-30' }) }, code: 'BAD_USER_INPUT' },
  { name: 'a date that is not a date', query: CREATE_OFFERING, variables: { input: offering({ validUntil: 'tomorrow' }) }, code: 'BAD_USER_INPUT' },
  { name: 'an unknown category', query: CREATE_OFFERING, variables: { input: offering({ categoryCode: '99.99' }) }, code: 'BAD_USER_INPUT', field: 'input.categoryCode' },
  { name: 'an input object nested 2,000 levels', query: CREATE_OFFERING, variables: { input: { ...offering({}), description: NESTED_2000 } }, code: 'BAD_USER_INPUT' },
  { name: 'an unknown input field', query: CREATE_OFFERING, variables: { input: offering({ organizationId: '00000000-0000-0000-0000-000000000000' }) }, code: 'BAD_USER_INPUT' },
];

const organizationCases: Case[] = [
  { name: 'an invalid UNP check digit', query: CREATE_ORG, variables: { input: { name: 'ОАО Тест', country: 'BY', region: 'Minsk', taxId: '100000001', sectorCodes: [] } }, code: 'BAD_USER_INPUT', field: 'input.taxId' },
  { name: 'an invalid INN check digit', query: CREATE_ORG, variables: { input: { name: 'ООО Тест', country: 'RU', region: 'Vladimir Oblast', taxId: '3328000001', sectorCodes: [] } }, code: 'BAD_USER_INPUT', field: 'input.taxId' },
  { name: 'an INN of the wrong length', query: CREATE_ORG, variables: { input: { name: 'ООО Тест', country: 'RU', region: 'Vladimir Oblast', taxId: '33280', sectorCodes: [] } }, code: 'BAD_USER_INPUT', field: 'input.taxId' },
  { name: 'a NUL byte in an organization name', query: CREATE_ORG, variables: { input: { name: 'ОАО\u0000', country: 'BY', region: 'Minsk', taxId: '100000001', sectorCodes: [] } }, code: 'BAD_USER_INPUT', field: 'input.name' },
];

const anonymousCases: Case[] = [
  { name: 'a password shorter than 10 characters', query: REGISTER, variables: { input: { email: 'short@example.com', password: 'short', displayName: 'Иван' } }, code: 'BAD_USER_INPUT', field: 'input.password', anonymous: true },
  { name: 'an e-mail that is not one', query: REGISTER, variables: { input: { email: 'not-an-email', password: 'long-enough-password', displayName: 'Иван' } }, code: 'BAD_USER_INPUT', field: 'input.email', anonymous: true },
  { name: 'a display name of 10,000 characters', query: REGISTER, variables: { input: { email: 'long@example.com', password: 'long-enough-password', displayName: 'x'.repeat(10_000) } }, code: 'BAD_USER_INPUT', field: 'input.displayName', anonymous: true },
  { name: 'a wrong locale', query: REGISTER, variables: { input: { email: 'loc@example.com', password: 'long-enough-password', displayName: 'Иван', locale: 'DE' } }, code: 'BAD_USER_INPUT', anonymous: true },
  { name: 'a query nested 11 levels', query: `{ category(code: "87.04") { ${'parent { '.repeat(11)}code${' }'.repeat(11)} } }`, code: 'BAD_USER_INPUT', anonymous: true },
  { name: 'an alias bomb', query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: categories { code }`).join(' ')} }`, code: 'BAD_USER_INPUT', anonymous: true },
  { name: 'a literal nested 2,000 levels', query: `{ category(code: ${'['.repeat(2000)}"x"${']'.repeat(2000)}) { code } }`, code: 'BAD_USER_INPUT', anonymous: true },
  { name: 'a syntax error', query: '{ categories { code ', code: 'BAD_USER_INPUT', anonymous: true },
  { name: 'page size 0', query: '{ organizations(first: 0) { totalCount } }', code: 'BAD_USER_INPUT', field: 'first', anonymous: true },
  { name: 'page size 101', query: '{ organizations(first: 101) { totalCount } }', code: 'BAD_USER_INPUT', field: 'first', anonymous: true },
  { name: 'a forged cursor', query: '{ organizations(after: "not-a-cursor") { totalCount } }', code: 'BAD_USER_INPUT', field: 'after', anonymous: true },
  { name: 'a mutation without a token', query: 'mutation { requestContact(input: { offeringId: "x", needId: "y", message: "hi" }) { id } }', code: 'UNAUTHENTICATED', anonymous: true },
];

function expectRefusal(res: GraphQLResponse, c: Case): void {
  expect(res.status).toBeLessThan(500);
  const error = res.body.errors?.[0];
  expect(error).toBeDefined();
  expect(error!.extensions?.code).toBe(c.code);
  expect(JSON.stringify(res.body)).not.toMatch(/stacktrace/);
  if (c.field) expect((error!.extensions?.fields as Array<{ path: string }>).map((f) => f.path)).toContain(c.field);
}

describe('bad input', () => {
  let t: TestApp;
  let owner: TestOwner;
  let loner: { token: string };
  beforeAll(async () => {
    t = await startTestApp({ env: { RELAY_ENABLED: 'false' } });
    owner = await createOwner(t);
    loner = await registerUser(t);
  });
  afterAll(() => t?.close());

  const rowsAndOutbox = async () => ({
    offerings: await countRows(t, 'SELECT count(*) AS n FROM offerings'),
    organizations: await countRows(t, 'SELECT count(*) AS n FROM organizations'),
    users: await countRows(t, 'SELECT count(*) AS n FROM users'),
    outbox: await countRows(t, 'SELECT count(*) AS n FROM search_outbox'),
  });

  it.each(offeringCases.map((c) => [c.name, c] as const))('refuses %s and writes nothing', async (_, c) => {
    const before = await rowsAndOutbox();
    expectRefusal(await t.gql(c.query, c.variables, owner.token), c);
    expect(await rowsAndOutbox()).toEqual(before);
  });

  it.each(organizationCases.map((c) => [c.name, c] as const))('refuses %s and writes nothing', async (_, c) => {
    const before = await rowsAndOutbox();
    expectRefusal(await t.gql(c.query, c.variables, loner.token), c);
    expect(await rowsAndOutbox()).toEqual(before);
  });

  it.each(anonymousCases.map((c) => [c.name, c] as const))('refuses %s', async (_, c) => {
    const before = await rowsAndOutbox();
    expectRefusal(await t.gql(c.query, c.variables), c);
    expect(await rowsAndOutbox()).toEqual(before);
  });

  it('keeps emoji and mixed scripts intact', async () => {
    const title = 'Самосвал 🚛 BelAZ-75570 — «карьерный» ўдача і ё';
    const { id } = await createOffering(t, owner.token, { title, keywords: ['🚛', 'самосвал', 'dump truck'] });
    const res = await t.gql('query ($id: ID!) { offering(id: $id) { title keywords } }', { id });
    expect(res.body.data?.offering).toEqual({ title, keywords: ['🚛', 'самосвал', 'dump truck'] });
  });

  describe('tokens', () => {
    const me = '{ me { id } }';
    // The harness signs with this secret (tests/support/test-app.ts).
    const secret = new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256-signing');
    const sign = (claims: Record<string, unknown>, key: Uint8Array, expiresIn = '5m') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(expiresIn).sign(key);

    it.each([
      ['garbage', async () => 'garbage.garbage.garbage'],
      ['an empty bearer', async () => ''],
      ['a token signed with the wrong secret', async () => sign({ sub: owner.id, typ: 'access' }, new TextEncoder().encode('another-secret-that-is-also-long-enough'))],
      ['an expired token', async () => sign({ sub: owner.id, typ: 'access' }, secret, '-1m')],
      ['an alg:none token', async () => `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: owner.id, typ: 'access', exp: 4102444800 })).toString('base64url')}.`],
    ])('answers UNAUTHENTICATED in the body for %s, even where anyone may read', async (_, make) => {
      const token = await make();
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: me }),
      });
      expect(res.status).toBeLessThan(500);
      const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const publicQuery = await t.gql('{ categories { code } }', undefined, token || 'x');
      expect(publicQuery.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a refresh token used as an access token', async () => {
      const res = await t.gql('mutation ($e: String!) { login(email: $e, password: "correct horse battery") { refreshToken } }', { e: owner.email });
      const refresh = res.body.data?.login.refreshToken as string;
      expect((await t.gql(me, undefined, refresh)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  it(`tries ${offeringCases.length + organizationCases.length + anonymousCases.length + 7} hostile inputs in all`, () => {
    expect(offeringCases.length + organizationCases.length + anonymousCases.length).toBeGreaterThan(35);
  });
});
