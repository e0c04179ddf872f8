// Reference codes in search, matching, statistics and contact cards: one facet value per region
// however it was typed, filters on codes and names, labels and reasons in the reader's language,
// quantities compared across units of one dimension.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMember, createNeed, createOffering, createOwner, type TestListing, type TestOwner, type TestUser } from '../support/factories.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { contactsApi } from './contacts.fixtures.js';
import { daysFromNow, matchingApi, MINING_TRUCK_NEED } from './matching.fixtures.js';

let t: TestApp;
const EN = { 'accept-language': 'en' };
const buyers: TestOwner[] = [];
const needs: TestListing[] = [];
let minsk: TestOwner;
let minskCity: TestOwner;
let minskRegion: TestOwner;
let englishMember: TestUser;
const offerings: Record<string, TestListing> = {};

const SEARCH_NEEDS = `query ($filter: NeedFilter) { searchNeeds(filter: $filter, first: 50) { totalHits hits { need { id } } facets { field values { value label count } } } }`;
const SEARCH_OFFERINGS = `query ($filter: OfferingFilter) { searchOfferings(filter: $filter, first: 50) { totalHits hits { offering { id } } facets { field values { value label count } } } }`;

type Facets = Array<{ field: string; values: Array<{ value: string; label: string; count: number }> }>;
const facet = (facets: Facets, field: string) => facets.find((f) => f.field === field)!.values;

async function searchNeeds(filter: Record<string, unknown> | null, headers: Record<string, string> = {}) {
  return dataOf(await t.gql(SEARCH_NEEDS, { filter }, undefined, headers)).searchNeeds as { totalHits: number; hits: Array<{ need: { id: string } }>; facets: Facets };
}
async function searchOfferings(filter: Record<string, unknown> | null, headers: Record<string, string> = {}) {
  return dataOf(await t.gql(SEARCH_OFFERINGS, { filter }, undefined, headers)).searchOfferings as { totalHits: number; hits: Array<{ offering: { id: string } }>; facets: Facets };
}
const needIds = async (filter: Record<string, unknown>) => (await searchNeeds(filter)).hits.map((h) => h.need.id).sort();
const offeringIds = async (filter: Record<string, unknown>) => (await searchOfferings(filter)).hits.map((h) => h.offering.id).sort();

const GRAVEL = { categoryCode: '25.17', keywords: ['щебень', 'crushed stone'] };
const GRAVEL_OFFERING = { ...GRAVEL, leadTimeDays: 20, certifications: [], deliveryRegions: ['RU-MOS'], price: { min: '1500', currency: 'RUB' } };

beforeAll(async () => {
  t = await startTestApp();
  // Three buyers in Vladimir Oblast, each writing it another way; their needs' delivery regions too.
  for (const region of ['Владимирская обл.', 'Vladimir Oblast', 'г. Владимир']) buyers.push(await createOwner(t, { country: 'RU', region }));
  for (const [i, region] of ['Владимирская обл.', 'Vladimir Oblast', 'RU-VLA'].entries()) {
    // Mining trucks, as the default offerings are: each of these needs has them as candidates.
    needs.push(await createNeed(t, buyers[i]!.token, { ...MINING_TRUCK_NEED, deliveryRegion: region, neededBy: daysFromNow(200) }));
  }
  minsk = await createOwner(t, { country: 'BY', region: 'Minsk' });
  minskCity = await createOwner(t, { country: 'BY', region: 'г. Минск' });
  minskRegion = await createOwner(t, { country: 'BY', region: 'Minsk Region' });
  offerings.latin = await createOffering(t, minsk.token, { certifications: ['EAC'], deliveryRegions: ['Vladimir Oblast'] });
  offerings.cyrillic = await createOffering(t, minskCity.token, { certifications: ['ЕАС'], deliveryRegions: ['Владимирская обл.'] });
  offerings.declaration = await createOffering(t, minskRegion.token, { certifications: ['декларация ЕАЭС'], deliveryRegions: ['Россия'] });
  offerings.tula = await createOffering(t, minskRegion.token, { certifications: ['ISO 9001'], deliveryRegions: ['Tula Oblast'] });
  // Crushed stone: a need for 520 t; minimum orders of 20,000 kg and of 600,000 kg.
  needs.push(await createNeed(t, buyers[0]!.token, {
    ...GRAVEL, title: 'Щебень гранитный фракции 20-40, 520 т', quantity: 520, unit: 'т', requiredCertifications: [], budget: { max: '2000000', currency: 'RUB' },
    neededBy: daysFromNow(120),
  }));
  offerings.smallMinimum = await createOffering(t, minsk.token, { ...GRAVEL_OFFERING, title: 'Щебень гранитный фракции 20-40', minOrderQuantity: 20_000, unit: 'кг' });
  offerings.largeMinimum = await createOffering(t, minskCity.token, { ...GRAVEL_OFFERING, title: 'Щебень гранитный фракции 20-40 вагонными нормами', minOrderQuantity: 600_000, unit: 'kg' });
  englishMember = await createMember(t, buyers[0]!.org.id, buyers[0]!.token, { locale: 'EN' });
  await t.drainOutbox();
}, 90_000);

afterAll(async () => {
  await t?.close();
});

describe('search on codes', () => {
  it('gives one region facet value, however the region was written, labelled in the reader\'s language', async () => {
    const ru = await searchNeeds(null);
    expect(facet(ru.facets, 'region')).toEqual([{ value: 'RU-VLA', label: 'Владимирская область', count: 4 }]);
    expect(facet((await searchNeeds(null, EN)).facets, 'region')).toEqual([{ value: 'RU-VLA', label: 'Vladimir Oblast', count: 4 }]);
    const supply = await searchOfferings(null, EN);
    expect(facet(supply.facets, 'region')).toEqual([
      { value: 'BY-HM', label: 'Minsk', count: 4 },
      { value: 'BY-MI', label: 'Minsk Region', count: 2 },
    ]);
    expect(facet(supply.facets, 'country')).toEqual([{ value: 'BY', label: 'Belarus', count: 6 }]);
    expect(facet(supply.facets, 'kind')).toEqual([{ value: 'PRODUCT', label: 'Product', count: 6 }]);
  });

  it('finds, filtering by RU-VLA, listings entered as «Владимирская обл.» and as "Vladimir Oblast"', async () => {
    const all = needs.map((n) => n.id).sort();
    expect(await needIds({ regions: ['RU-VLA'] })).toEqual(all);
    expect(await needIds({ regions: ['Владимирская область'] })).toEqual(all);
    expect(await needIds({ regions: ['ЦФО'] })).toEqual(all); // a group: the regions inside it
    expect(await needIds({ regions: ['BY'] })).toEqual([]);
    expect(await needIds({ deliveryRegions: ['RU-VLA'] })).toEqual(all);
    // Offerings delivering there: by name or code, and delivery to Russia reaches it too.
    const delivering = [offerings.latin!.id, offerings.cyrillic!.id, offerings.declaration!.id].sort();
    expect(await offeringIds({ deliveryRegions: ['RU-VLA'] })).toEqual(delivering);
    expect(await offeringIds({ deliveryRegions: ['vladimir region'] })).toEqual(delivering);
    expect(await offeringIds({ regions: ['Minsk'] })).toEqual([offerings.latin!.id, offerings.cyrillic!.id, offerings.smallMinimum!.id, offerings.largeMinimum!.id].sort());
  });

  it('takes "ЕАС" typed in Cyrillic as "EAC": one facet value, one filter (an EAEU declaration carries the mark)', async () => {
    const certifications = facet((await searchOfferings(null)).facets, 'certifications');
    expect(certifications.find((v) => v.value === 'EAC')).toEqual({ value: 'EAC', label: 'EAC', count: 3 });
    expect(certifications.find((v) => v.value === 'EAC-DECLARATION')?.label).toBe('Декларация ЕАЭС');
    expect(certifications.filter((v) => v.label.toUpperCase().includes('ЕАС') || v.value.includes('ЕАС'))).toEqual([]);
    const eac = [offerings.latin!.id, offerings.cyrillic!.id, offerings.declaration!.id].sort();
    expect(await offeringIds({ certifications: ['ЕАС'] })).toEqual(eac);
    expect(await offeringIds({ certifications: ['eac'] })).toEqual(eac);
  });

  it('refuses a region no entry knows, naming the closest, in the reader\'s language', async () => {
    const error = errorOf(await t.gql(SEARCH_OFFERINGS, { filter: { regions: ['Vladimr Oblast'] } }, undefined, EN));
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.regions', value: 'Vladimr Oblast', suggestions: [{ code: 'RU-VLA', name: 'Vladimir Oblast' }] }],
    });
    expect(error.message).toContain('did you mean Vladimir Oblast (RU-VLA)?');
  });
});

describe('matching on codes', () => {
  const api = () => matchingApi(t);

  it('explains delivery in the reader\'s language: «доставка: Владимирская область» / "delivery: Vladimir Oblast"', async () => {
    const region = (matches: Array<{ offering: { id: string }; reasons: Array<{ code: string; detail: string }> }>, id: string) =>
      matches.find((m) => m.offering.id === id)?.reasons.find((r) => r.code === 'REGION')?.detail;
    const ru = await api().needMatches(buyers[0]!.token, needs[0]!.id, { first: 50 });
    expect(region(ru, offerings.cyrillic!.id)).toBe('доставка: Владимирская область');
    expect(region(ru, offerings.declaration!.id)).toBe('доставка: Россия, в т. ч. Владимирская область');
    const en = await api().needMatches(englishMember.token, needs[0]!.id, { first: 50 });
    expect(region(en, offerings.latin!.id)).toBe('delivery: Vladimir Oblast');
    expect(en.find((m) => m.offering.id === offerings.latin!.id)?.reasons.find((r) => r.code === 'CERTIFICATION')?.detail).toBe('EAC present');
    expect(en.map((m) => m.offering.id)).not.toContain(offerings.tula!.id); // no EAC
  });

  it('matches a need for 520 t with a minimum order of 20,000 kg, not with one of 600,000 kg', async () => {
    const gravel = needs[3]!;
    const matches = (await api().needMatches(buyers[0]!.token, gravel.id, { first: 50 })).map((m) => m.offering.id);
    expect(matches).toContain(offerings.smallMinimum!.id);
    expect(matches).not.toContain(offerings.largeMinimum!.id);
    const price = (await api().needMatches(buyers[0]!.token, gravel.id)).find((m) => m.offering.id === offerings.smallMinimum!.id)!.reasons.find((r) => r.code === 'PRICE');
    expect(price?.detail).toBe('от 1\u00a0500\u00a0000\u00a0₽/т — в пределах бюджета 2\u00a0000\u00a0000\u00a0₽/т'); // 1,500 RUB a kg
    const backwards = (await api().offeringNeeds(minskCity.token, offerings.largeMinimum!.id, { first: 50 })).map((m) => m.need.id);
    expect(backwards).not.toContain(gravel.id);
  });
});

describe('labels elsewhere', () => {
  it('counts statistics per region under one code, named in the reader\'s language', async () => {
    const query = `{ cooperationStats { byRegion { region { code name } organizations offerings needs } } }`;
    const ru = dataOf(await t.gql(query)).cooperationStats.byRegion;
    expect(ru).toEqual([
      { region: { code: 'RU-VLA', name: 'Владимирская область' }, organizations: 3, offerings: 0, needs: 4 },
      { region: { code: 'BY-HM', name: 'Минск' }, organizations: 2, offerings: 4, needs: 0 },
      { region: { code: 'BY-MI', name: 'Минская область' }, organizations: 1, offerings: 2, needs: 0 },
    ]);
    const en = dataOf(await t.gql(`{ cooperationStats { byRegion(country: BY) { region { name } } sectors: bySector { category { label } } } }`, {}, undefined, EN));
    expect(en.cooperationStats.byRegion.map((r: any) => r.region.name)).toEqual(['Minsk', 'Minsk Region']);
    expect(en.cooperationStats.sectors[0].category.label).toMatch(/^[A-Z]/);
  });

  it("shows where each side of a contact exchange is, in the reader's language", async () => {
    const contacts = contactsApi(t);
    const request = await contacts.requestOk(buyers[1]!.token, { offeringId: offerings.latin!.id });
    dataOf(await contacts.respond(minsk.token, request.id, true));
    const CARDS = `query ($id: ID!) { contactRequest(id: $id) { contacts { requester { organizationRegion organizationRegionCode } responder { organizationRegion } } } }`;
    expect(dataOf(await t.gql(CARDS, { id: request.id }, minsk.token)).contactRequest.contacts).toEqual({
      requester: { organizationRegion: 'Владимирская область', organizationRegionCode: 'RU-VLA' },
      responder: { organizationRegion: 'Минск' },
    });
  });
});
