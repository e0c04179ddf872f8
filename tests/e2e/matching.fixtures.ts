// Shared pieces of the matching e2e specs: operations, the BelAZ / Vladimir scenario, helpers.
import { OutboxRelay } from '@tradebridge/search';
import { createNeed, createOffering, createOwner, createAdmin, type TestListing, type TestOwner, type TestUser } from '../support/factories.js';
import { dataOf, type GraphQLResponse, type TestApp } from '../support/test-app.js';

export const NEED_MATCHES = `query ($id: ID!, $first: Int, $filter: OfferingFilter) {
  need(id: $id) { id matches(first: $first, filter: $filter) { score reasons { code detail } offering { id title organization { id } } } } }`;

export const OFFERING_MATCHING_NEEDS = `query ($id: ID!, $first: Int) {
  offering(id: $id) { id matchingNeeds(first: $first) { score reasons { code detail } need { id title organization { id } } } } }`;

export const NOTIFICATIONS = `{ notifications(first: 100) { unreadCount edges { node { id kind title need { id } offering { id } } } } }`;

const VERIFY_ORG = `mutation ($id: ID!) { verifyOrganization(id: $id, verified: true) { id } }`;

export interface Reason {
  code: string;
  detail: string;
}
export interface OfferingMatchResult {
  score: number;
  reasons: Reason[];
  offering: { id: string; title: string; organization: { id: string } };
}
export interface NeedMatchResult {
  score: number;
  reasons: Reason[];
  need: { id: string; title: string; organization: { id: string } };
}
export interface NotificationNode {
  id: string;
  kind: string;
  title: string;
  need: { id: string } | null;
  offering: { id: string } | null;
}

const DAY_MS = 86_400_000;

/** An ISO date `days` from now, at midnight UTC. */
export function daysFromNow(days: number): string {
  return new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + days * DAY_MS).toISOString();
}

export function matchingApi(t: TestApp) {
  const drain = (timeoutMs?: number) => t.app.get(OutboxRelay).drain(timeoutMs);

  const needMatchesRaw = (token: string | undefined, id: string, vars: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
    t.gql(NEED_MATCHES, { id, ...vars }, token);
  const offeringNeedsRaw = (token: string | undefined, id: string, vars: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
    t.gql(OFFERING_MATCHING_NEEDS, { id, ...vars }, token);

  async function needMatches(token: string, id: string, vars: Record<string, unknown> = {}): Promise<OfferingMatchResult[]> {
    return dataOf(await needMatchesRaw(token, id, vars)).need.matches;
  }

  async function offeringNeeds(token: string, id: string, vars: Record<string, unknown> = {}): Promise<NeedMatchResult[]> {
    return dataOf(await offeringNeedsRaw(token, id, vars)).offering.matchingNeeds;
  }

  async function notifications(token: string): Promise<NotificationNode[]> {
    return dataOf(await t.gql(NOTIFICATIONS, {}, token)).notifications.edges.map((e: { node: NotificationNode }) => e.node);
  }

  /** NEW_MATCH notifications of the user, waiting up to `ms` (indexing included) for at least `atLeast` of them. */
  async function newMatches(token: string, atLeast = 0, ms = 15_000): Promise<NotificationNode[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = (await notifications(token)).filter((n) => n.kind === 'NEW_MATCH');
      if (found.length >= atLeast || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return { drain, needMatchesRaw, offeringNeedsRaw, needMatches, offeringNeeds, notifications, newMatches };
}

export const BELAZ_90T = {
  title: 'Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т',
  description: 'Карьерный самосвал для открытых горных работ, гидромеханическая трансмиссия, кабина ROPS/FOPS. Шеф-монтаж и обучение водителей.',
  categoryCode: '87.04',
  keywords: ['самосвал', 'карьерный самосвал', 'БелАЗ', '90 т', 'mining dump truck'],
  price: { min: '1200000', max: '1350000', currency: 'USD' },
  leadTimeDays: 45,
  certifications: ['EAC', 'ISO 9001'],
  deliveryRegions: ['Vladimir Oblast', 'Moscow Oblast'],
};

export const MINING_TRUCK_NEED = {
  title: 'Карьерные самосвалы грузоподъёмностью 90 т, 2 шт.',
  description: 'Для щебёночного карьера требуются 2 карьерных самосвала грузоподъёмностью 90 т с сертификатом EAC, поставка с шеф-монтажом.',
  categoryCode: '87.04',
  keywords: ['самосвал', 'карьерный самосвал', '90 т', 'mining dump truck'],
  quantity: 2,
  unit: 'pcs',
  budget: { max: '1500000', currency: 'USD' },
  deliveryRegion: 'Vladimir Oblast',
  requiredCertifications: ['EAC'],
};

export interface MiningScenario {
  admin: TestUser;
  supplier: TestOwner;
  buyer: TestOwner;
  stranger: TestOwner;
  /** The BelAZ 90 t truck with EAC (matches the need). */
  truck: TestListing;
  /** A 45 t truck without EAC (never matches the EAC need). */
  noEac: TestListing;
  /** A tractor of the supplier (another heading). */
  tractor: TestListing;
  /** The buyer's own dump-truck offering (never matches the buyer's need). */
  buyersOwn: TestListing;
  /** The supplier's own dump-truck need (never matches the supplier's offerings). */
  suppliersNeed: TestListing;
  need: TestListing;
  neededBy: string;
}

/** A verified BelAZ-like supplier, a Vladimir buyer and a stranger, with listings that do and do not match. */
export async function miningScenario(t: TestApp): Promise<MiningScenario> {
  const admin = await createAdmin(t);
  const supplier = await createOwner(t, { country: 'BY', name: 'ОАО «БЕЛАЗ»', region: 'Minsk Region' });
  const buyer = await createOwner(t, { country: 'RU', name: 'ГБУ «Владимирупрдор»' });
  const stranger = await createOwner(t, { country: 'BY' });
  dataOf(await t.gql(VERIFY_ORG, { id: supplier.org.id }, admin.token));
  const neededBy = daysFromNow(200);
  const truck = await createOffering(t, supplier.token, BELAZ_90T);
  const noEac = await createOffering(t, supplier.token, {
    ...BELAZ_90T, title: 'Карьерный самосвал БелАЗ-7547 грузоподъёмностью 45 т', keywords: ['самосвал', 'карьерный самосвал', 'БелАЗ'], certifications: ['ISO 9001'],
  });
  const tractor = await createOffering(t, supplier.token, {
    title: 'Трактор Беларус 3522 мощностью 350 л.с.', description: 'Колёсный трактор для тяжёлых сельхозработ.', categoryCode: '87.01',
    keywords: ['трактор'], price: { min: '95000', currency: 'USD' }, leadTimeDays: 30, certifications: ['EAC'],
  });
  const buyersOwn = await createOffering(t, buyer.token, { ...BELAZ_90T, title: 'Карьерный самосвал 90 т в аренду' });
  const suppliersNeed = await createNeed(t, supplier.token, { ...MINING_TRUCK_NEED, title: 'Карьерные самосвалы 90 т для собственного карьера', neededBy });
  const need = await createNeed(t, buyer.token, { ...MINING_TRUCK_NEED, neededBy });
  return { admin, supplier, buyer, stranger, truck, noEac, tractor, buyersOwn, suppliersNeed, need, neededBy };
}
