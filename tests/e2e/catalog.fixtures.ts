// Shared pieces of the offering e2e specs: operations, a valid input, helpers bound to one app.
import { dataOf, type TestApp } from '../support/test-app.js';
import { daysFromNow } from './matching.fixtures.js';

export const OFFERING_FIELDS = `id kind title description keywords minOrderQuantity unit unitCode leadTimeDays certifications certificationCodes
  deliveryRegions deliveryRegionCodes status
  validUntil createdAt updatedAt price { min max currency } category { code nameEn } organization { id name }`;
export const CREATE_OFFERING = `mutation ($input: OfferingInput!) { createOffering(input: $input) { ${OFFERING_FIELDS} } }`;
export const UPDATE_OFFERING = `mutation ($id: ID!, $input: OfferingInput!) { updateOffering(id: $id, input: $input) { ${OFFERING_FIELDS} } }`;
export const SET_OFFERING_STATUS = `mutation ($id: ID!, $status: ListingStatus!) { setOfferingStatus(id: $id, status: $status) { id status } }`;
export const GET_OFFERING = `query ($id: ID!) { offering(id: $id) { id title status } }`;
export const ORG_OFFERINGS = `query ($id: ID!, $status: ListingStatus) {
  organization(id: $id) { offerings(first: 50, status: $status) { totalCount edges { node { id status } } } } }`;

export { codeOf, pathsOf } from '../support/test-app.js';

/** Two years from today (midnight UTC): offerings valid well past the test run, whatever the date. */
export const VALID_UNTIL = daysFromNow(730);

/** A valid OfferingInput (a BelAZ dump truck) with `overrides` applied. */
export function offeringInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'PRODUCT',
    title: 'Карьерный самосвал БЕЛАЗ-7547, 45 т',
    description: 'Самосвал грузоподъёмностью 45 т для карьеров и строительных площадок. Сервис во Владимирской области.',
    categoryCode: '87.04',
    keywords: ['самосвал', 'БЕЛАЗ', 'dump truck'],
    price: { min: '350000', max: '420000.5', currency: 'USD' },
    minOrderQuantity: 1,
    unit: 'pcs',
    leadTimeDays: 90,
    certifications: ['EAC', 'ISO 9001'],
    deliveryRegions: ['Vladimir Oblast', 'Moscow Oblast'],
    validUntil: VALID_UNTIL,
    ...overrides,
  };
}

export function catalogFixtures(t: TestApp) {
  /** Creates an offering through the API as `owner` (fails the test on any error). */
  async function createOffering(owner: { token: string }, overrides: Record<string, unknown> = {}) {
    return dataOf(await t.gql(CREATE_OFFERING, { input: offeringInput(overrides) }, owner.token)).createOffering;
  }

  /** The outbox events of one entity, oldest first. */
  async function outboxEvents(entity: 'offering' | 'need', id: string): Promise<string[]> {
    const rows = await t.sql<{ event: string }>(`SELECT event FROM search_outbox WHERE entity = $1 AND entity_id = $2 ORDER BY id`, [entity, id]);
    return rows.map((r) => r.event);
  }

  return { createOffering, outboxEvents };
}
