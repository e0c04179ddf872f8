// Small factories for e2e tests: users, organizations, members and admins through the public API,
// and tax ids with valid check digits.
import { randomInt, randomUUID } from 'node:crypto';
import { UserService } from '@tradebridge/identity';
import { stdnum } from 'stdnum';
import { dataOf, type TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

export interface TestOrganization {
  id: string;
  name: string;
  country: 'BY' | 'RU';
  taxId: string;
}

/** A user with an organization (the OWNER). */
export interface TestOwner extends TestUser {
  org: TestOrganization;
}

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id email } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const CREATE_ORG = `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id name country taxId } }`;
const CREATE_INVITE = `mutation ($org: ID!, $email: String!) { createInvite(organizationId: $org, email: $email) }`;
const ACCEPT_INVITE = `mutation ($code: String!) { acceptInvite(code: $code) { id } }`;

/**
 * A valid Belarusian UNP (9 digits) derived from `seed`: the first serial at or after it whose check
 * digit exists. Different seeds far enough apart give different UNPs.
 */
export function validUnp(seed: number): string {
  for (let serial = Math.abs(Math.trunc(seed)); ; serial++) {
    const body = `${1 + (Math.floor(serial / 1e7) % 7)}${String(serial % 1e7).padStart(7, '0')}`;
    for (let check = 0; check <= 9; check++) {
      if (stdnum.BY.unp.validate(body + check).isValid) return body + check;
    }
  }
}

/** A valid Russian legal entity's INN (10 digits) derived from `seed`. */
export function validInn(seed: number): string {
  const body = `33${String(Math.abs(Math.trunc(seed)) % 1e7).padStart(7, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const inn = body + check;
    const result = stdnum.RU.inn.validate(inn);
    if (result.isValid && result.isCompany) return inn;
  }
  throw new Error(`no INN check digit for ${body}`);
}

const usedTaxIds = new Set<string>();

/** A tax id for `country` not used before in this test file. */
export function freshTaxId(country: 'BY' | 'RU'): string {
  for (;;) {
    const taxId = country === 'BY' ? validUnp(randomInt(0, 69_999_999)) : validInn(randomInt(0, 9_999_999));
    if (!usedTaxIds.has(taxId)) {
      usedTaxIds.add(taxId);
      return taxId;
    }
  }
}

/**
 * Registers a user through the API and returns its access token. The address is marked verified
 * directly (as if the mailed link had been opened: tests/e2e/email-verification covers the link itself),
 * unless `verified: false`.
 */
export async function registerUser(t: TestApp, overrides: Record<string, unknown> & { verified?: boolean } = {}): Promise<TestUser> {
  const { verified = true, ...fields } = overrides;
  const email = `user.${randomUUID().slice(0, 8)}@example.by`;
  const input = { email, password: TEST_PASSWORD, displayName: 'Тестовый пользователь', phone: '+375 17 000-00-00', ...fields };
  const { accessToken, user } = dataOf(await t.gql(REGISTER, { input })).register;
  if (verified) await t.sql(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [user.id]);
  return { id: user.id, email: user.email, token: accessToken };
}

/** Creates an organization through the API; the token's user becomes its OWNER. */
export async function createOrganization(t: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<TestOrganization> {
  const country = (overrides.country as 'BY' | 'RU' | undefined) ?? 'BY';
  const input = {
    name: `${country === 'BY' ? 'ОАО Завод' : 'ООО Заказчик'} ${randomUUID().slice(0, 8)}`,
    country,
    region: country === 'BY' ? 'Minsk Region' : 'Vladimir Oblast',
    city: country === 'BY' ? 'Жодино' : 'Владимир',
    taxId: freshTaxId(country),
    sectorCodes: ['87', 'S.MAINTENANCE'],
    website: country === 'BY' ? 'https://example.by' : 'https://example.ru',
    description: 'Тестовая организация',
    ...overrides,
  };
  return dataOf(await t.gql(CREATE_ORG, { input }, token)).createOrganization;
}

/** A new user who owns a new organization. */
export async function createOwner(t: TestApp, orgOverrides: Record<string, unknown> = {}): Promise<TestOwner> {
  const user = await registerUser(t);
  const org = await createOrganization(t, user.token, orgOverrides);
  return { ...user, org };
}

/** A new user who joins the organization as MEMBER through an invite of its owner. */
export async function createMember(
  t: TestApp,
  organizationId: string,
  ownerToken: string,
  userOverrides: Record<string, unknown> = {},
): Promise<TestUser> {
  const user = await registerUser(t, userOverrides);
  const code = dataOf(await t.gql(CREATE_INVITE, { org: organizationId, email: user.email }, ownerToken)).createInvite;
  dataOf(await t.gql(ACCEPT_INVITE, { code }, user.token));
  return user;
}

/** A platform admin (created through the identity service, as `create-admin` does), signed in. */
export async function createAdmin(t: TestApp): Promise<TestUser> {
  const email = `admin.${randomUUID().slice(0, 8)}@example.by`;
  const { user } = await t.app.get(UserService).ensureAdmin(email, TEST_PASSWORD);
  const token = dataOf(await t.gql(LOGIN, { email, password: TEST_PASSWORD })).login.accessToken;
  return { id: user.id, email, token };
}

/** Counts rows with one SQL query (`SELECT count(*) ...`). */
export async function countRows(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.sql<{ n: string }>(sql, params);
  return Number(row.n);
}

const CREATE_OFFERING = `mutation ($input: OfferingInput!) { createOffering(input: $input) { id title status } }`;
const CREATE_NEED = `mutation ($input: NeedInput!) { createNeed(input: $input) { id title status } }`;

export interface TestListing {
  id: string;
  title: string;
  status: string;
}

/** Creates an offering of the token's organization through the API (published unless `publish: false`). */
export async function createOffering(t: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<TestListing> {
  const input = {
    kind: 'PRODUCT',
    title: `Карьерный самосвал БЕЛАЗ ${randomUUID().slice(0, 6)}`,
    description: 'Самосвал грузоподъёмностью 45 т для карьеров. Сервис во Владимирской области.',
    categoryCode: '87.04',
    keywords: ['самосвал', 'dump truck'],
    price: { min: '350000', max: '420000', currency: 'USD' },
    leadTimeDays: 90,
    certifications: ['EAC'],
    deliveryRegions: ['Vladimir Oblast'],
    ...overrides,
  };
  return dataOf(await t.gql(CREATE_OFFERING, { input }, token)).createOffering;
}

/** Creates a need of the token's organization through the API (open unless `publish: false`). */
export async function createNeed(t: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<TestListing> {
  const input = {
    title: `Городские автобусы, 40 шт. ${randomUUID().slice(0, 6)}`,
    description: 'Низкопольные городские автобусы для Владимира, Евро-5, сертификат ЕАЭС.',
    categoryCode: '87.02',
    keywords: ['автобус', 'city bus'],
    quantity: 40,
    unit: 'pcs',
    budget: { min: '18000000', max: '21000000', currency: 'RUB' },
    deliveryRegion: 'Vladimir Oblast',
    requiredCertifications: ['EAC'],
    ...overrides,
  };
  return dataOf(await t.gql(CREATE_NEED, { input }, token)).createNeed;
}
