// Queries and helpers shared by the identity and organization e2e specs; users, organizations,
// members and admins come from tests/support/factories.ts.
import { randomUUID } from 'node:crypto';
import { freshTaxId } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

export const ORG_FIELDS = 'id name country region regionCode city taxId website description verified createdAt';
export const CREATE_ORG = `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { ${ORG_FIELDS} } }`;
export const UPDATE_ORG = `mutation ($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { ${ORG_FIELDS} } }`;
export const VERIFY_ORG = `mutation ($id: ID!, $v: Boolean!) { verifyOrganization(id: $id, verified: $v) { id verified } }`;
export const CREATE_INVITE = `mutation ($org: ID!, $email: String!) { createInvite(organizationId: $org, email: $email) }`;
export const ACCEPT_INVITE = `mutation ($code: String!) { acceptInvite(code: $code) { id email phone membershipRole organization { id name } } }`;
export const ME = `{ me { id email membershipRole organization { id name } } }`;
export { codeOf, pathsOf, UNKNOWN_ID } from '../support/test-app.js';

/** The same digits with another last digit, so only the check digit is wrong. */
export function withWrongCheckDigit(valid: string): string {
  return valid.slice(0, -1) + String((Number(valid.at(-1)) + 1) % 10);
}

/** A complete, valid OrganizationInput with a fresh tax id. */
export function orgInput(overrides: Record<string, unknown> = {}) {
  const country = (overrides.country as 'BY' | 'RU' | undefined) ?? 'BY';
  return {
    name: `Завод ${randomUUID().slice(0, 8)}`,
    country,
    region: country === 'BY' ? 'Minsk Region' : 'Vladimir Oblast',
    city: country === 'BY' ? 'Жодино' : 'Владимир',
    taxId: freshTaxId(country),
    sectorCodes: ['87', 'S.MAINTENANCE'],
    website: 'https://example.by',
    description: 'Карьерные самосвалы',
    ...overrides,
  };
}

/** The events of an organization's search_outbox rows, oldest first. */
export async function outboxEvents(t: TestApp, organizationId: string): Promise<string[]> {
  const rows = await t.sql<{ event: string }>(
    `SELECT event FROM search_outbox WHERE entity = 'organization' AND entity_id = $1 ORDER BY id`,
    [organizationId],
  );
  return rows.map((r) => r.event);
}
