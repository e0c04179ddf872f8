import { describe, expect, it } from '@jest/globals';
import { stdnum } from 'stdnum';
import { buildTaxonomy } from '@tradebridge/catalog';
import { certificationTable, regionTable, unitTable } from '@tradebridge/reference';
import type { DemoCatalog, DemoPriceRange } from './demo.types.js';
import { generateBenchCatalog, generateDemoCatalog, utcDay } from './demo-generator.js';
import { BELAZ_75570_TITLE } from './demo-showcase.js';
import { inn10CheckDigit, makeInn10, makeUnp } from './demo-tax-ids.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-users.js';
import { VOCABULARY, vocabularyCategoryCodes } from './vocabulary.js';

const DAY_MS = 86_400_000;
/** The day these tests "load" the data: today, fixed once so two generations compare equal. */
const TODAY = utcDay(Date.now());
const daysAfter = (iso: string, day: number) => (new Date(iso).getTime() - day) / DAY_MS;

/** Every code the app loads into `categories` (TN VED tree + the project's S./P. nodes). */
function knownCategoryCodes(): Set<string> {
  return new Set(buildTaxonomy().map((category) => category.code));
}

function validTaxId(country: 'BY' | 'RU', taxId: string): boolean {
  const validator = country === 'BY' ? stdnum.BY.unp : stdnum.RU.inn;
  return validator.validate(taxId).isValid && /^\d+$/.test(taxId) && taxId.length === (country === 'BY' ? 9 : 10);
}

function priceProblems(label: string, price: DemoPriceRange | undefined): string[] {
  if (!price) return [];
  const problems: string[] = [];
  if (!['BYN', 'RUB', 'USD', 'EUR', 'CNY'].includes(price.currency)) problems.push(`${label}: currency ${price.currency}`);
  if (price.min === undefined && price.max === undefined) problems.push(`${label}: empty price range`);
  for (const amount of [price.min, price.max]) {
    if (amount !== undefined && !/^\d+\.\d{2}$/.test(amount)) problems.push(`${label}: amount ${amount}`);
  }
  if (price.min !== undefined && price.max !== undefined && Number(price.max) < Number(price.min)) problems.push(`${label}: max < min`);
  return problems;
}

/** Checks shared by the demo and the bench catalogs; lists every problem instead of stopping at the first. */
function catalogProblems(catalog: DemoCatalog, categories: Set<string>, day = TODAY): string[] {
  const problems: string[] = [];
  const orgKeys = new Set(catalog.organizations.map((org) => org.key));
  if (orgKeys.size !== catalog.organizations.length) problems.push('duplicate organization keys');
  for (const country of ['BY', 'RU'] as const) {
    const ids = catalog.organizations.filter((org) => org.country === country).map((org) => org.taxId);
    if (new Set(ids).size !== ids.length) problems.push(`duplicate ${country} tax ids`);
    for (const id of ids) if (!validTaxId(country, id)) problems.push(`invalid ${country} tax id ${id}`);
  }
  const emails = catalog.organizations.flatMap((org) => org.users.map((user) => user.email));
  if (new Set(emails).size !== emails.length) problems.push('duplicate e-mails');
  for (const org of catalog.organizations) {
    if (org.users.length === 0 || org.users[0].role !== 'OWNER') problems.push(`${org.key}: first user is not the owner`);
    for (const user of org.users) {
      if (!/^[a-z0-9._-]+@([a-z0-9-]+\.)*example\.(by|ru|com)$/.test(user.email)) problems.push(`${org.key}: e-mail ${user.email}`);
      if (user.phone !== undefined && !user.phone.includes('000')) problems.push(`${org.key}: phone ${user.phone}`);
      if (user.password.length < 10) problems.push(`${org.key}: short password`);
    }
    for (const code of org.sectorCodes) if (!categories.has(code)) problems.push(`${org.key}: sector ${code}`);
    const region = regionTable().get(org.region);
    if (region?.kind !== 'REGION' || region.country !== org.country) problems.push(`${org.key}: region ${org.region} is not a region code of ${org.country}`);
  }

  const keys = new Set([...catalog.offerings.map((o) => o.key), ...catalog.needs.map((n) => n.key)]);
  if (keys.size !== catalog.offerings.length + catalog.needs.length) problems.push('duplicate listing keys');
  for (const listing of [...catalog.offerings, ...catalog.needs]) {
    if (!orgKeys.has(listing.orgKey)) problems.push(`${listing.key}: unknown organization ${listing.orgKey}`);
    if (!categories.has(listing.categoryCode)) problems.push(`${listing.key}: category ${listing.categoryCode}`);
    if (listing.title.length < 3 || listing.title.length > 200) problems.push(`${listing.key}: title length`);
    if (listing.keywords.length > 20) problems.push(`${listing.key}: too many keywords`);
    for (const text of [listing.title, listing.description]) {
      if (/[{}]|\s{2}|\s[,.;:]|\(\s*\)/.test(text)) problems.push(`${listing.key}: malformed text "${text}"`);
    }
  }
  // Reference values are codes, exactly (data/reference): no name, no free text.
  const notCodes = (key: string, what: string, values: ReadonlyArray<string | undefined>, known: (v: string) => boolean) => {
    for (const value of values) if (value !== undefined && !known(value)) problems.push(`${key}: ${what} "${value}" is not a code`);
  };
  const isRegion = (v: string) => regionTable().get(v) !== undefined;
  const isUnit = (v: string) => unitTable().get(v) !== undefined;
  const isCertification = (v: string) => certificationTable().get(v) !== undefined;
  for (const o of catalog.offerings) {
    notCodes(o.key, 'region', o.deliveryRegions, isRegion);
    notCodes(o.key, 'unit', [o.unit], isUnit);
    notCodes(o.key, 'certification', o.certifications, isCertification);
  }
  for (const n of catalog.needs) {
    notCodes(n.key, 'region', [n.deliveryRegion], isRegion);
    notCodes(n.key, 'unit', [n.unit], isUnit);
    notCodes(n.key, 'certification', n.requiredCertifications, isCertification);
  }
  for (const offering of catalog.offerings) {
    problems.push(...priceProblems(offering.key, offering.price));
    if (offering.validUntil && new Date(offering.validUntil).toISOString() !== offering.validUntil) problems.push(`${offering.key}: validUntil`);
  }
  for (const need of catalog.needs) {
    problems.push(...priceProblems(need.key, need.budget));
    const wantedIn = need.neededBy ? daysAfter(need.neededBy, day) : null;
    if (wantedIn !== null && (wantedIn < 59 || wantedIn > 545 || !Number.isInteger(wantedIn))) problems.push(`${need.key}: neededBy ${need.neededBy}`);
  }
  return problems;
}

describe('generateDemoCatalog', () => {
  const catalog = generateDemoCatalog(2026, TODAY);
  const categories = knownCategoryCodes();

  it('has the promised numbers of organizations and listings', () => {
    const by = catalog.organizations.filter((org) => org.country === 'BY');
    const vladimir = catalog.organizations.filter((org) => org.country === 'RU' && org.region === 'RU-VLA');
    expect(catalog.organizations.length).toBeGreaterThanOrEqual(60);
    expect(by.length).toBeGreaterThanOrEqual(35);
    expect(vladimir.length).toBeGreaterThanOrEqual(20);
    expect(catalog.offerings.length).toBeGreaterThanOrEqual(400);
    expect(catalog.needs.length).toBeGreaterThanOrEqual(150);
    expect(catalog.needs.filter((need) => vladimir.some((org) => org.key === need.orgKey)).length).toBeGreaterThanOrEqual(150);
  });

  it('is well formed: valid unique tax ids, known categories, fictional contacts, unique keys', () => {
    expect(catalogProblems(catalog, categories)).toEqual([]);
    for (const org of catalog.organizations) {
      if (org.country === 'BY') expect(org.users.every((user) => /example\.(by|com)$/.test(user.email))).toBe(true);
    }
  });

  it('spreads Belarusian suppliers over the regions and mostly publishes', () => {
    const regions = new Set(catalog.organizations.filter((org) => org.country === 'BY').map((org) => org.region));
    expect([...regions].sort()).toEqual(
      ['BY-BR', 'BY-HM', 'BY-HO', 'BY-HR', 'BY-MA', 'BY-MI', 'BY-VI'],
    );
    const published = catalog.offerings.filter((o) => o.status === 'PUBLISHED').length / catalog.offerings.length;
    expect(published).toBeGreaterThan(0.8);
    expect(catalog.offerings.some((o) => o.status === 'DRAFT')).toBe(true);
    expect(catalog.offerings.some((o) => o.status === 'ARCHIVED')).toBe(true);
    const open = catalog.needs.filter((n) => n.status === 'OPEN').length / catalog.needs.length;
    expect(open).toBeGreaterThan(0.7);
    expect(new Set(catalog.offerings.map((o) => o.kind))).toEqual(new Set(['PRODUCT', 'SERVICE', 'PARTNERSHIP']));
  });

  it('contains the BelAZ-75570 mining dump truck listing', () => {
    const belaz = catalog.offerings.find((o) => o.title === BELAZ_75570_TITLE);
    expect(belaz).toMatchObject({
      key: 'off-belaz-001', orgKey: 'belaz', kind: 'PRODUCT', categoryCode: '87.04', status: 'PUBLISHED',
      title: 'Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т',
    });
    expect(belaz?.description).toMatch(/карьерный самосвал/i);
    expect(belaz?.keywords).toEqual(expect.arrayContaining(['самосвал', 'БелАЗ', 'карьерный']));
  });

  it('has the two README logins', () => {
    const users = catalog.organizations.flatMap((org) => org.users.map((user) => ({ ...user, org })));
    const supplier = users.find((user) => user.email === DEMO_LOGINS.supplier.email);
    const buyer = users.find((user) => user.email === DEMO_LOGINS.buyer.email);
    expect(supplier).toMatchObject({ role: 'OWNER', password: DEMO_PASSWORD, org: { key: 'maz', country: 'BY' } });
    expect(buyer).toMatchObject({ role: 'OWNER', password: DEMO_PASSWORD, org: { country: 'RU', region: 'RU-VLA' } });
  });

  it('is deterministic: the same seed gives the same catalog, another seed another one', () => {
    expect(generateDemoCatalog(2026, TODAY)).toEqual(catalog);
    const other = generateDemoCatalog(7, TODAY);
    expect(other.organizations).toEqual(catalog.organizations);
    expect(other.offerings).not.toEqual(catalog.offerings);
    expect(other.needs).not.toEqual(catalog.needs);
  });

  it('does not share mutable state between calls', () => {
    const first = generateDemoCatalog(2026, TODAY);
    first.organizations[0].users[0].email = 'changed@example.com';
    first.offerings[0].keywords.push('changed');
    expect(generateDemoCatalog(2026, TODAY)).toEqual(catalog);
  });

  it('dates everything relative to the load day, so data loaded on any day is current then', () => {
    for (const years of [0, 3, 12]) {
      const day = utcDay(Date.now() + years * 365 * DAY_MS);
      const later = generateDemoCatalog(2026, day);
      expect(catalogProblems(later, knownCategoryCodes(), day)).toEqual([]);
      const maz = later.offerings.find((o) => o.key === 'off-maz-001')!;
      expect(daysAfter(maz.validUntil!, day)).toBe(364);
      for (const offering of later.offerings.filter((o) => o.validUntil)) {
        const days = daysAfter(offering.validUntil!, day);
        // still valid (90..729 days ahead) unless archived (then it may have ended 1..300 days ago)
        expect(offering.status === 'ARCHIVED' ? days >= -300 && days <= 729 : days >= 90 && days <= 729).toBe(true);
      }
      const buses = later.needs.find((n) => n.key === 'need-vladimir-procurement-001')!;
      expect(daysAfter(buses.neededBy!, day)).toBe(243);
      const due = new Date(buses.neededBy!);
      expect(buses.description).toContain(`поставка до ${due.getUTCDate()} `);
      expect(buses.description).toContain(`${due.getUTCFullYear()} года`);
      // the same listings as on any other day, only moved in time
      expect(later.offerings.map((o) => o.title)).toEqual(catalog.offerings.map((o) => o.title));
    }
  });
});

describe('vocabulary', () => {
  it('assigns only known category codes', () => {
    const categories = knownCategoryCodes();
    expect(vocabularyCategoryCodes().filter((code) => !categories.has(code))).toEqual([]);
    for (const family of VOCABULARY) {
      for (const [, code] of family.modelCategories ?? []) expect(family.categories).toContain(code);
    }
  });

  it('has unique family ids and both Russian and English titles', () => {
    expect(new Set(VOCABULARY.map((family) => family.id)).size).toBe(VOCABULARY.length);
    for (const family of VOCABULARY) {
      expect(family.titles.length).toBeGreaterThan(0);
      expect(family.titlesEn.length).toBeGreaterThan(0);
    }
  });
});

describe('tax-id check digits', () => {
  it('agree with stdnum', () => {
    for (let serial = 0; serial < 3000; serial += 7) {
      const { unp } = makeUnp(1 + (serial % 7), 1_000_000 + serial * 131);
      expect(stdnum.BY.unp.validate(unp).isValid).toBe(true);
      const inn = makeInn10('3328', serial * 31);
      expect(stdnum.RU.inn.validate(inn).isValid).toBe(true);
      const wrongInn = inn.slice(0, 9) + ((inn10CheckDigit(inn.slice(0, 9)) + 1) % 10);
      expect(stdnum.RU.inn.validate(wrongInn).isValid).toBe(false);
    }
  });
});

describe('generateBenchCatalog', () => {
  it('produces the requested numbers with unique keys and valid data', () => {
    const bench = generateBenchCatalog({ offerings: 10_000, needs: 2_000, seed: 42, loadDay: TODAY });
    expect(bench.offerings).toHaveLength(10_000);
    expect(bench.needs).toHaveLength(2_000);
    expect(bench.organizations.length).toBeGreaterThanOrEqual(20);
    expect(catalogProblems(bench, knownCategoryCodes())).toEqual([]);
    const demoTaxIds = new Set(generateDemoCatalog().organizations.map((org) => org.taxId));
    expect(bench.organizations.filter((org) => demoTaxIds.has(org.taxId))).toEqual([]);
  });

  it('is deterministic by seed', () => {
    const a = generateBenchCatalog({ offerings: 500, needs: 100, seed: 3, loadDay: TODAY });
    expect(generateBenchCatalog({ offerings: 500, needs: 100, seed: 3, loadDay: TODAY })).toEqual(a);
    expect(generateBenchCatalog({ offerings: 500, needs: 100, seed: 4, loadDay: TODAY }).offerings).not.toEqual(a.offerings);
  });
});
