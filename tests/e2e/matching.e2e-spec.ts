import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryCounter } from '@tradebridge/core';
import { OutboxRelay } from '@tradebridge/search';
import { createMember, createNeed, registerUser } from '../support/factories.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { MINING_TRUCK_NEED, matchingApi, miningScenario, type MiningScenario } from './matching.fixtures.js';

let t: TestApp;
let api: ReturnType<typeof matchingApi>;
let s: MiningScenario;

beforeAll(async () => {
  t = await startTestApp();
  api = matchingApi(t);
  s = await miningScenario(t);
  await api.drain();
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const codes = (reasons: Array<{ code: string }>) => reasons.map((r) => r.code);

describe('Need.matches', () => {
  it('shows the buyer the BelAZ truck first, explained in Russian, with scores in 0..1 best first', async () => {
    const matches = await api.needMatches(s.buyer.token, s.need.id);
    expect(matches[0].offering.id).toBe(s.truck.id);
    expect(codes(matches[0].reasons)).toEqual(['TEXT', 'CATEGORY', 'CERTIFICATION', 'LEAD_TIME', 'PRICE', 'REGION', 'VERIFIED']);
    const detail = Object.fromEntries(matches[0].reasons.map((r) => [r.code, r.detail]));
    expect(detail.TEXT).toMatch(/^совпадения: .*самосвал/);
    expect(detail.TEXT).toContain('90 т');
    expect(detail.CATEGORY).toMatch(/^та же товарная позиция 87\.04 «/);
    expect(detail.CERTIFICATION).toBe('EAC — есть');
    expect(detail.LEAD_TIME).toMatch(/^45 дней — успевает к \d{1,2} [а-я]+ \d{4} г\.$/);
    expect(detail.PRICE).toBe('от 1\u00a0200\u00a0000\u00a0$ — в пределах бюджета 1\u00a0500\u00a0000\u00a0$');
    expect(detail.REGION).toBe('доставка: Владимирская область');
    expect(detail.VERIFIED).toBe('проверенный поставщик');
    for (const m of matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    expect(matches[0].score).toBeGreaterThan(0.8);
  });

  it('never offers the buyer its own listings, nor an offering without a required certification', async () => {
    const ids = (await api.needMatches(s.buyer.token, s.need.id, { first: 50 })).map((m) => m.offering.id);
    expect(ids).not.toContain(s.buyersOwn.id);
    expect(ids).not.toContain(s.noEac.id);
    const noCerts = await createNeed(t, s.buyer.token, { ...MINING_TRUCK_NEED, requiredCertifications: [], neededBy: s.neededBy, title: 'Самосвалы карьерные 90 т без требований к сертификатам' });
    await api.drain();
    const relaxed = (await api.needMatches(s.buyer.token, noCerts.id, { first: 50 })).map((m) => m.offering.id);
    expect(relaxed).toContain(s.noEac.id);
    expect(relaxed).not.toContain(s.buyersOwn.id);
  });

  it('ranks listings in the same category that share no words as candidates too', async () => {
    const matches = await api.needMatches(s.buyer.token, s.need.id, { first: 50 });
    expect(matches.map((m) => m.offering.id)).not.toContain(s.tractor.id); // other heading, no shared words
    const need = await createNeed(t, s.buyer.token, {
      ...MINING_TRUCK_NEED, title: 'Техника для перевозки вскрышных пород', keywords: [], requiredCertifications: [], neededBy: s.neededBy,
    });
    await api.drain();
    const found = await api.needMatches(s.buyer.token, need.id, { first: 50 });
    const truck = found.find((m) => m.offering.id === s.truck.id)!;
    expect(codes(truck.reasons)).toContain('CATEGORY');
  });

  it('applies the caller\'s OfferingFilter and checks its arguments', async () => {
    expect(await api.needMatches(s.buyer.token, s.need.id, { filter: { maxLeadTimeDays: 10 } })).toEqual([]);
    const filtered = await api.needMatches(s.buyer.token, s.need.id, { filter: { verifiedOnly: true, certifications: ['ISO 9001'] } });
    expect(filtered.map((m) => m.offering.id)).toContain(s.truck.id);
    expect((await api.needMatches(s.buyer.token, s.need.id, { first: 1 })).length).toBe(1);
    for (const first of [0, 51]) {
      const error = errorOf(await api.needMatchesRaw(s.buyer.token, s.need.id, { first }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'first' }] });
    }
    const error = errorOf(await api.needMatchesRaw(s.buyer.token, s.need.id, { filter: { maxPrice: '10' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.currency' }] });
  });

  it('explains matches in English to an English-speaking member', async () => {
    const member = await createMember(t, s.buyer.org.id, s.buyer.token, { locale: 'EN' });
    const [best] = await api.needMatches(member.token, s.need.id);
    const detail = Object.fromEntries(best.reasons.map((r) => [r.code, r.detail]));
    expect(detail.TEXT).toMatch(/^matched: .*самосвал/);
    expect(detail.LEAD_TIME).toMatch(/^45 days fits \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(detail.CERTIFICATION).toBe('EAC present');
    expect(detail.VERIFIED).toBe('verified supplier');
  });

  it('orders equal scores the same way every time', async () => {
    const a = await api.needMatches(s.buyer.token, s.need.id, { first: 50 });
    const b = await api.needMatches(s.buyer.token, s.need.id, { first: 50 });
    expect(b.map((m) => [m.offering.id, m.score])).toEqual(a.map((m) => [m.offering.id, m.score]));
  });
});

describe('Offering.matchingNeeds', () => {
  it('shows the supplier the buyer\'s need, not its own', async () => {
    const matches = await api.offeringNeeds(s.supplier.token, s.truck.id);
    const ids = matches.map((m) => m.need.id);
    expect(ids).not.toContain(s.suppliersNeed.id);
    const buyers = matches.find((m) => m.need.id === s.need.id)!;
    expect(codes(buyers.reasons)).toEqual(['TEXT', 'CATEGORY', 'CERTIFICATION', 'LEAD_TIME', 'PRICE', 'REGION', 'VERIFIED']);
    expect(buyers.score).toBeGreaterThan(0.7);
    expect(buyers.need.organization.id).toBe(s.buyer.org.id);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    for (const m of matches) expect(m.score).toBeLessThanOrEqual(1);
  });

  it('leaves out needs whose required certifications the offering lacks', async () => {
    const ids = (await api.offeringNeeds(s.supplier.token, s.noEac.id, { first: 50 })).map((m) => m.need.id);
    expect(ids).not.toContain(s.need.id);
  });
});

describe('who may see matches', () => {
  it('refuses strangers, users without an organization and anonymous callers with FORBIDDEN', async () => {
    const lone = await registerUser(t);
    for (const token of [s.stranger.token, lone.token, undefined, s.supplier.token]) {
      const response = await api.needMatchesRaw(token, s.need.id);
      expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
      expect(response.body.data?.need).toBeNull();
    }
    for (const token of [s.stranger.token, lone.token, undefined, s.buyer.token]) {
      expect(errorOf(await api.offeringNeedsRaw(token, s.truck.id)).extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets platform admins see them', async () => {
    expect((await api.needMatches(s.admin.token, s.need.id))[0].offering.id).toBe(s.truck.id);
    expect((await api.offeringNeeds(s.admin.token, s.truck.id)).map((m) => m.need.id)).toContain(s.need.id);
  });
});

describe('loading', () => {
  it('matches every need of a page with a constant number of SQL statements', async () => {
    const QUERY = `query ($org: ID!, $first: Int) { organization(id: $org) { needs(first: $first) { edges { node { id
      matches(first: 5) { score reasons { code detail } offering { id title organization { name } category { code } } } } } } } }`;
    const count = async (first: number) => {
      const before = queryCounter.count;
      const data = dataOf(await t.gql(QUERY, { org: s.buyer.org.id, first }, s.buyer.token));
      expect(data.organization.needs.edges).toHaveLength(first);
      return queryCounter.count - before;
    };
    // The relay polls with SQL of its own: pause it while counting.
    const relay = t.app.get(OutboxRelay);
    await relay.stop();
    try {
      expect(await count(3)).toBe(await count(1));
    } finally {
      relay.start();
    }
  });
});
