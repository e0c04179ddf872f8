// GraphQL documents shared by the account, session, member and mail specs.
import { randomUUID } from 'node:crypto';
import { TEST_PASSWORD } from '../support/factories.js';
import { dataOf, type TestApp } from '../support/test-app.js';

export const AUTH = 'accessToken refreshToken expiresAt user { id email emailVerified locale }';
export const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${AUTH} } }`;
export const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH} } }`;
export const REFRESH = `mutation ($t: String!) { refreshToken(refreshToken: $t) { ${AUTH} } }`;
export const LOGOUT = `mutation ($t: String!) { logout(refreshToken: $t) }`;
export const ME = `{ me { id email emailVerified locale membershipRole organization { id } } }`;
export const VERIFY_EMAIL = `mutation ($token: String!) { verifyEmail(token: $token) }`;
export const RESEND = `mutation { resendVerification }`;
export const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
export const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;
export const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
export const CHANGE_EMAIL = `mutation ($email: String!, $password: String!) { changeEmail(newEmail: $email, currentPassword: $password) }`;
export const SET_LOCALE = `mutation ($locale: Locale!) { setLocale(locale: $locale) { id locale } }`;
export const SESSIONS = `{ sessions { id createdAt lastUsedAt expiresAt absoluteExpiresAt userAgent ipAddress current } }`;
export const END_SESSION = `mutation ($id: ID!) { endSession(id: $id) }`;

export interface Registered {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

/** A fresh address on a test domain. */
export function address(prefix = 'person'): string {
  return `${prefix}.${randomUUID().slice(0, 8)}@example.by`;
}

/** Registers through the API (unverified, as a person would be) and returns the tokens. */
export async function register(t: TestApp, input: Record<string, unknown> = {}): Promise<Registered> {
  const email = (input.email as string | undefined) ?? address();
  const auth = dataOf(await t.gql(REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'Анна Смирнова', ...input } })).register;
  return { id: auth.user.id, email: auth.user.email, accessToken: auth.accessToken, refreshToken: auth.refreshToken };
}

export async function login(t: TestApp, email: string, password = TEST_PASSWORD): Promise<Registered> {
  const auth = dataOf(await t.gql(LOGIN, { email, password })).login;
  return { id: auth.user.id, email: auth.user.email, accessToken: auth.accessToken, refreshToken: auth.refreshToken };
}

/** Rows of the mail outbox for an address (every message ever written for it). */
export async function outboxRowsFor(t: TestApp, email: string): Promise<number> {
  const [row] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM mail_outbox WHERE lower(recipient) = lower($1)`, [email]);
  return Number(row.n);
}

export const CREATE_ORG_MIN = `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id name } }`;
