import { describe, expect, it } from '@jest/globals';
import type { Settings } from 'meilisearch';
import { buildNeedFilter, buildOfferingFilter } from './filter-builder.js';
import { needSettings, toNeedDocument, type NeedRow } from './need.search-document.js';
import { offeringSettings, toOfferingDocument, type OfferingRow } from './offering.search-document.js';
import type { NeedFilter, OfferingFilter } from './search.inputs.js';
import { indexText, redactContacts, stemmedText, transliterations } from './search-text.js';

const organization = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'ОАО «БЕЛАЗ» — управляющая компания',
  country: 'BY',
  region: 'Minsk Region',
  verified: true,
  updatedAt: new Date('2026-02-01T00:00:00Z'),
};
const category = { code: '87.04', path: ['XVII', '87', '87.04'], names: ['Моторные транспортные средства для перевозки грузов', 'Motor vehicles for the transport of goods', 'Средства наземного транспорта', 'Vehicles'] };

const offering: OfferingRow = {
  id: '00000000-0000-4000-8000-0000000000aa',
  organization_id: organization.id,
  kind: 'PRODUCT',
  title: 'Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т',
  description: 'Звоните +375 (17) 755-12-34 или пишите sales@belaz.by. Ёмкость кузова 53 м³.\u0007',
  category_code: '87.04',
  keywords: ['самосвал', 'горная техника'],
  price_min: null,
  price_max: '350000.00',
  currency: 'USD',
  lead_time_days: 90,
  certifications: ['EAC', 'ISO 9001'],
  delivery_regions: ['Vladimir Oblast'],
  valid_until: new Date('2027-01-01T00:00:00Z'),
  created_at: new Date('2026-01-01T00:00:00Z'),
  updated_at: new Date('2026-01-15T00:00:00Z'),
};

describe('toOfferingDocument', () => {
  const doc = toOfferingDocument(offering, organization, category);

  it('carries display text (ё folded), stemmed and transliterated fields', () => {
    expect(doc.title).toBe('Карьерный самосвал БелАЗ-75570 грузоподъемностью 90 т');
    expect(doc.titleStemmed).toBe('карьерн самосвал белаз 75570 грузоподъемн 90 т');
    expect(doc.keywordsStemmed).toBe('самосвал горн техник');
    expect(doc.transliterated.split(' ')).toEqual(expect.arrayContaining(['belaz', 'samosval', 'karernyy']));
    expect(doc.categoryNames).toContain('Motor vehicles for the transport of goods');
  });

  it("holds the category's own names raw and its parent's only as stems", () => {
    expect(doc.categoryNames).toEqual(['Моторные транспортные средства для перевозки грузов', 'Motor vehicles for the transport of goods']);
    expect(doc.categoryNamesStemmed.split(' ')).toEqual(expect.arrayContaining(['моторн', 'motor', 'наземн', 'vehicl']));
  });

  it('stems the description once per stem, leaving out what the title and keywords carry', () => {
    const row = { ...offering, description: 'Самосвалы для карьеров: самосвал с кузовом, кузова и шины; горная техника.' };
    const stems = toOfferingDocument(row, organization, category).descriptionStemmed.split(' ');
    expect(stems).toEqual(['карьер', 'кузов', 'шин']);
  });

  it('never carries e-mail addresses or phone numbers', () => {
    const json = JSON.stringify(doc);
    expect(json).not.toContain('sales@belaz.by');
    expect(json).not.toContain('755-12-34');
    expect(doc.description).toBe('Звоните или пишите . Емкость кузова 53 м³.');
  });

  it('has the category path, levels, organization and filter fields', () => {
    expect(doc).toMatchObject({
      id: offering.id,
      kind: 'PRODUCT',
      categoryCode: '87.04',
      categoryPath: ['XVII', '87', '87.04'],
      categoryLevel0: 'XVII',
      categoryLevel1: '87',
      categoryLevel2: '87.04',
      organizationId: organization.id,
      organizationName: 'ОАО «БЕЛАЗ» — управляющая компания',
      country: 'BY',
      region: 'BY-MI',
      verified: true,
      certifications: ['EAC', 'ISO-9001'],
      leadTimeDays: 90,
      priceMin: null,
      priceMax: 350000,
      price: 350000,
      currency: 'USD',
      deliveryRegions: ['RU-VLA'],
      createdAt: Date.parse('2026-01-01T00:00:00Z'),
      updatedAt: Date.parse('2026-01-15T00:00:00Z'),
      version: Date.parse('2026-02-01T00:00:00Z'),
      expiresAt: Date.parse('2027-01-01T00:00:00Z'),
    });
  });

  it('holds codes: names left from before codes mapped, unknown regions left out, implied marks added', () => {
    const row = { ...offering, delivery_regions: ['RU-VLA', 'Владимирская обл.', 'ЦФО', 'Промзона «Север»'], certifications: ['EAC-DECLARATION', 'ЕАС', 'Halal-ICCI'] };
    const mapped = toOfferingDocument(row, { ...organization, region: 'Атлантида' }, category);
    expect(mapped.deliveryRegions).toEqual(['RU-VLA', 'RU-CFD']);
    expect(mapped.certifications).toEqual(['EAC-DECLARATION', 'EAC', 'HALAL ICCI']);
    expect(mapped.region).toBeNull(); // a region no entry knows is not a facet value
  });

  it('builds the same text fields from the memo of category and organization names as from scratch', () => {
    const again = toOfferingDocument({ ...offering, id: '00000000-0000-4000-8000-0000000000ab' }, organization, category);
    expect({ ...again, id: doc.id }).toEqual(doc);
    expect(doc.categoryNamesStemmed).toBe(stemmedText(...category.names.map(indexText)));
    expect(doc.transliterated).toBe(transliterations(doc.title, ...doc.keywords, doc.organizationName));
    // A renamed organization (the memo is keyed by the name) gets its new name in the next document.
    const renamed = toOfferingDocument(offering, { ...organization, name: 'ОАО «МАЗ»' }, category);
    expect(renamed.organizationName).toBe('ОАО «МАЗ»');
    expect(renamed.transliterated.split(' ')).toContain('maz');
    expect(renamed.transliterated).toBe(transliterations(doc.title, ...doc.keywords, 'ОАО «МАЗ»'));
    expect(renamed.transliterated).not.toBe(doc.transliterated);
  });

  it('has no currency without a price, and the lowest price when both are given', () => {
    expect(toOfferingDocument({ ...offering, price_max: null }, organization, category)).toMatchObject({ price: null, currency: null });
    expect(toOfferingDocument({ ...offering, price_min: '1000.5' }, organization, category).price).toBe(1000.5);
  });

  it('every field it filters, sorts or facets on is configured; the organization name ranks first, typos not forgiven in long text', () => {
    const settings = offeringSettings();
    const { equality, comparison } = filterRules(settings);
    for (const field of ['categoryPath', 'categoryLevel0', 'country', 'region', 'kind', 'certifications', 'leadTimeDays', 'price', 'currency', 'verified', 'organizationId', 'expiresAt']) {
      expect(equality).toContain(field);
      expect(doc).toHaveProperty(field);
    }
    // Range structures only where a filter compares; facet search nowhere (no caller).
    expect([...comparison].sort()).toEqual(['expiresAt', 'leadTimeDays', 'price']);
    expect(settings.facetSearch).toBe(false);
    expect(settings.sortableAttributes).toEqual(['createdAt', 'price', 'leadTimeDays']);
    // Typos are forgiven in titles, not in long generic text (issue 20: «инсулин» is not a flour category's "инулин").
    expect(settings.typoTolerance).toMatchObject({ disableOnNumbers: true, disableOnAttributes: ['categoryNames', 'categoryNamesStemmed', 'description', 'descriptionStemmed'] });
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(10_000);
    // The organization's name ranks first (a query naming a company lists its own listings first), then the title.
    expect(settings.searchableAttributes?.slice(0, 2)).toEqual(['organizationName', 'title']);
  });
});

describe('toNeedDocument', () => {
  const row: NeedRow = {
    id: '00000000-0000-4000-8000-0000000000bb',
    organization_id: organization.id,
    title: '40 городских автобусов',
    description: 'Контакт: buyer@vladimir.ru, 8 (4922) 12-34-56',
    category_code: '87.04',
    keywords: ['автобус'],
    quantity: 40,
    unit: 'шт.',
    budget_min: null,
    budget_max: '5000000',
    budget_currency: 'RUB',
    needed_by: new Date('2027-09-01T00:00:00Z'),
    delivery_region: 'Vladimir Oblast',
    required_certifications: ['EAC'],
    created_at: new Date('2026-03-01T00:00:00Z'),
    updated_at: new Date('2026-03-01T00:00:00Z'),
  };

  it('maps the need, expiring at its deadline, without contacts', () => {
    const doc = toNeedDocument(row, organization, category);
    expect(doc).toMatchObject({ certifications: ['EAC'], neededBy: Date.parse('2027-09-01T00:00:00Z'), expiresAt: Date.parse('2027-09-01T00:00:00Z'), budgetMax: 5_000_000 });
    expect(doc).toMatchObject({ unit: '796', deliveryRegion: 'RU-VLA', region: 'BY-MI' });
    expect(doc.description).toBe('Контакт: ,');
    expect(doc.titleStemmed).toBe('40 городск автобус');
  });
});

describe('search text helpers', () => {
  it('redacts e-mails and phone numbers but keeps model numbers, prices and dates', () => {
    expect(redactContacts('МАЗ-203, 75570, цена 8 000 000 руб., до 2027-09-01, ГОСТ 8732-78')).toBe(
      'МАЗ-203, 75570, цена 8 000 000 руб., до 2027-09-01, ГОСТ 8732-78',
    );
    expect(redactContacts('тел. +7 4922 00-00-00; 8-800-555-35-35; a.b+c@mail.example.com')).toBe('тел. ; ;');
  });

  it('indexText strips control characters and folds ё', () => {
    expect(indexText('Ёлка\u0000')).toBe('Елка');
  });

  it('transliterates both ways, skipping numbers', () => {
    expect(transliterations('БелАЗ-75570', 'MAZ')).toBe('belaz маз');
  });
});

/** The fields granular filterableAttributes allow equality and range filters on. */
function filterRules(settings: Settings): { equality: Set<string>; comparison: Set<string> } {
  const equality = new Set<string>();
  const comparison = new Set<string>();
  for (const rule of settings.filterableAttributes ?? []) {
    const [patterns, features] = typeof rule === 'string' ? [[rule], { equality: true, comparison: true }] : [rule.attributePatterns, rule.features.filter];
    for (const field of patterns) {
      if (features.equality) equality.add(field);
      if (features.comparison) comparison.add(field);
    }
  }
  return { equality, comparison };
}

/** Each `field operator` of a Meilisearch filter (quoted values left out). */
function conditions(filter: string): Array<{ field: string; op: string }> {
  const bare = filter.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...bare.matchAll(/([A-Za-z_][\w.]*) (<=|>=|<|>|!=|=|IN|IS|TO|EXISTS)/g)].map((m) => ({ field: m[1]!, op: m[2]! }));
}

describe('filters the services build', () => {
  // Meilisearch refuses a range on a field whose rule allows equality only: every condition must be allowed.
  const allowed = (settings: Settings, filter: string) => {
    const { equality, comparison } = filterRules(settings);
    const found = conditions(filter);
    expect(found.length).toBeGreaterThan(5);
    for (const { field, op } of found) {
      expect({ field, op, allowed: ['<', '<=', '>', '>=', 'TO'].includes(op) ? comparison.has(field) : equality.has(field) }).toEqual({ field, op, allowed: true });
    }
  };

  it('use ranges only on fields whose rule allows comparison', () => {
    const offeringFilter = {
      categoryCodes: ['87.04'],
      countries: ['BY'],
      regions: ['RU-VLA'],
      deliveryRegions: ['RU-VLA'],
      kinds: ['PRODUCT'],
      certifications: ['EAC'],
      maxLeadTimeDays: 30,
      maxPrice: '1000',
      currency: 'RUB',
      verifiedOnly: true,
      organizationId: organization.id,
    } as OfferingFilter;
    allowed(offeringSettings(), buildOfferingFilter(offeringFilter, Date.now()));
    const needFilter = { categoryCodes: ['87.04'], countries: ['RU'], regions: ['RU-VLA'], deliveryRegions: ['RU-CFD'], neededAfter: new Date(), organizationId: organization.id } as NeedFilter;
    allowed(needSettings(), buildNeedFilter(needFilter, Date.now()));
  });

  it('are checked: a range on an equality-only field is caught', () => {
    const { comparison } = filterRules(offeringSettings());
    expect(conditions('country = "BY" AND price <= 5 AND (expiresAt IS NULL OR expiresAt > 1)')).toEqual([
      { field: 'country', op: '=' },
      { field: 'price', op: '<=' },
      { field: 'expiresAt', op: 'IS' },
      { field: 'expiresAt', op: '>' },
    ]);
    expect(comparison.has('country')).toBe(false);
  });
});
