import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOffering, freshTaxId, TEST_PASSWORD } from '../support/factories.js';
import { tokenIn } from '../support/mail.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { CREATE_ORG_MIN, login, LOGIN, REFRESH, register, REGISTER, REQUEST_RESET, RESET, VERIFY_EMAIL } from './accounts.fixtures.js';
import { contactsApi } from './contacts.fixtures.js';

// The log of a whole journey (register, the mailed verification link, sign in, refresh, organizations, an
// invite, a listing, a contact request and its answer, a password reset by mail, failed sign-ins, a
// duplicate registration, and unexpected errors) must carry the request id of every unexpected error and
// none of the personal data or secrets that went through the API.
const lines: string[] = [];
let t: TestApp;

const CREATE_INVITE = `mutation ($org: ID!, $email: String!) { createInvite(organizationId: $org, email: $email) }`;
const ACCEPT_INVITE = `mutation ($code: String!) { acceptInvite(code: $code) { id } }`;

/** Things that went through the API and must never reach the log. */
const secrets: string[] = [TEST_PASSWORD];

async function verifiedUser(prefix: string, phone: string) {
  const email = `${prefix}.${randomUUID().slice(0, 8)}@journey.example.by`;
  const user = await register(t, { email, phone, displayName: 'Анна Ковалёва' });
  const token = tokenIn((await t.mail.waitFor(email))[0]!, '/verify-email');
  dataOf(await t.gql(VERIFY_EMAIL, { token }));
  secrets.push(email, phone, user.accessToken, user.refreshToken, token);
  return user;
}

async function gqlWithRequestId(query: string, variables: Record<string, unknown>, requestId: string, token?: string) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
}

const logged = () => lines.join('');
const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, any>);

beforeAll(async () => {
  t = await startTestApp({ env: { LOG_LEVEL: 'trace' }, logDestination: { write: (line) => void lines.push(line) } });
  const supplier = await verifiedUser('supplier', '+375 29 123-45-67');
  const buyer = await verifiedUser('buyer', '+7 4922 55-44-33');
  const colleague = await verifiedUser('colleague', '+375 17 765-43-21');
  const bystander = await verifiedUser('bystander', '+7 910 222-33-44');

  const again = await login(t, supplier.email);
  const refreshed = dataOf(await t.gql(REFRESH, { t: again.refreshToken })).refreshToken;
  secrets.push(again.accessToken, again.refreshToken, refreshed.accessToken, refreshed.refreshToken);
  // unhappy paths: a wrong password, a reused refresh token, the same address registered again
  expect((await t.gql(LOGIN, { email: bystander.email, password: 'wrong-password-1' })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect((await t.gql(REFRESH, { t: again.refreshToken })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  await t.gql(REGISTER, { input: { email: bystander.email, password: 'another-password-1', displayName: 'X', phone: '+7 900 111-22-33' } });
  secrets.push('another-password-1', '+7 900 111-22-33');
  // reusing a refresh token ended that session: sign in again
  const session = await login(t, supplier.email);
  secrets.push(session.accessToken, session.refreshToken);

  const org = (token: string, country: 'BY' | 'RU') =>
    t.gql(CREATE_ORG_MIN, { input: { name: `Journey ${country} ${randomUUID().slice(0, 6)}`, country, region: country === 'BY' ? 'Minsk' : 'Vladimir Oblast', taxId: freshTaxId(country), sectorCodes: ['87'] } }, token);
  const supplierOrg = dataOf(await org(session.accessToken, 'BY')).createOrganization.id;
  dataOf(await org(buyer.accessToken, 'RU'));
  const code = dataOf(await t.gql(CREATE_INVITE, { org: supplierOrg, email: colleague.email }, session.accessToken)).createInvite;
  secrets.push(code);
  dataOf(await t.gql(ACCEPT_INVITE, { code }, colleague.accessToken));

  const truck = await createOffering(t, session.accessToken);
  const contacts = contactsApi(t);
  const request = await contacts.requestOk(buyer.accessToken, { offeringId: truck.id, message: `Позвоните мне: ${buyer.email.replace('@', ' at ')}` });
  const accepted = dataOf(await contacts.respond(session.accessToken, request.id, true, 'Свяжемся сегодня')).respondToContactRequest;
  expect(accepted.contacts.requester.email).toBe(buyer.email); // the personal data really went through

  dataOf(await t.gql(REQUEST_RESET, { email: colleague.email }));
  const [resetMail] = await t.mail.waitFor(colleague.email, { where: (m) => m.text.includes('/reset-password') });
  const resetToken = tokenIn(resetMail!, '/reset-password');
  secrets.push(resetToken, 'a brand new password 2031');
  dataOf(await t.gql(RESET, { token: resetToken, password: 'a brand new password 2031' }));
  await t.drainOutbox();
}, 90_000);

afterAll(async () => {
  await t?.close();
});

describe('logs', () => {
  it('carry no e-mail, phone number, password, access or refresh token, or invite code used in the journey', () => {
    expect(lines.length).toBeGreaterThan(20);
    const text = logged();
    const found = secrets.filter((secret) => text.includes(secret));
    expect(found).toEqual([]);
    expect(text).not.toMatch(/journey\.example\.by/);
  });

  it('log an unexpected error with the request id it answered with, without the statement\'s parameters', async () => {
    const email = `victim.${randomUUID().slice(0, 8)}@journey.example.by`;
    secrets.push(email);
    // A broken deployment: the column sign-in reads is missing, so PostgreSQL fails the statement that
    // carries the e-mail as a parameter.
    await t.sql('ALTER TABLE users RENAME COLUMN password_hash TO password_hash_gone');
    try {
      const requestId = `journey-${randomUUID()}`;
      const body = await gqlWithRequestId(LOGIN, { email, password: 'any-password-1' }, requestId);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId });
      const line = parsed().find((l) => l.msg === 'unexpected error');
      expect(line).toMatchObject({ level: 50, requestId });
      expect(line!.err).toMatchObject({ type: 'QueryFailedError' });
      expect(JSON.stringify(line)).not.toContain('parameters');
      expect(logged()).not.toContain(email);
      // and a request id the API made up is logged too
      const generated = await t.gql(LOGIN, { email, password: 'any-password-1' });
      const id = generated.body.errors?.[0].extensions?.requestId;
      expect(id).toEqual(generated.headers.get('x-request-id'));
      expect(parsed().filter((l) => l.msg === 'unexpected error').map((l) => l.requestId)).toEqual([requestId, id]);
    } finally {
      await t.sql('ALTER TABLE users RENAME COLUMN password_hash_gone TO password_hash');
    }
    expect(secrets.filter((secret) => logged().includes(secret))).toEqual([]);
  });

  it('name the request of every line logged while handling it', () => {
    const graphqlLines = parsed().filter((l) => l.msg === 'graphql');
    expect(graphqlLines.length).toBeGreaterThan(10);
    for (const line of graphqlLines) expect(typeof line.requestId).toBe('string');
  });
});
