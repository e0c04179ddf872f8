// Deterministic demo and benchmark catalogs: the same seed and load day always yield the same data.
// Dates are whole days before or after the load day (default: today), so data loaded on any day is
// current that day — nothing expires because the calendar moved on.
import type { DemoCatalog, DemoNeed, DemoOffering, DemoOrganization } from './demo.types.js';
import { generateBenchOrganizations } from './demo-bench-organizations.js';
import { buildNeed, buildOffering, familyChoice, utcDay, type FamilyChoice, type ListingOwner } from './demo-listing-builder.js';
import { DEMO_ORGANIZATIONS } from './demo-organizations.js';
import { BUYER_PROFILES, SUPPLIER_PROFILES, type ListingProfile } from './demo-profiles.js';
import { DemoRandom } from './demo-random.js';
import { showcaseNeeds, showcaseOfferings } from './demo-showcase.js';
import { SECTORS, VLADIMIR_OBLAST, VOCABULARY, familiesOfSector, type Sector } from './vocabulary.js';

export { mulberry32, DemoRandom } from './demo-random.js';
export { utcDay } from './demo-listing-builder.js';

export const DEFAULT_DEMO_SEED = 2026;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function ownerOf(org: DemoOrganization): ListingOwner {
  return { key: org.key, country: org.country, city: org.city };
}

/**
 * Generates `profile.count` listings for one organization: every family of the profile at least
 * once, then random ones; a title already used by the organization is drawn again (up to 3 times).
 */
function generateForProfile<T extends { title: string }>(
  profile: ListingProfile,
  fixed: T[],
  build: (choice: FamilyChoice, index: number) => T,
  rng: DemoRandom,
): T[] {
  const choices = profile.families.map(familyChoice);
  const listings = [...fixed];
  const titles = new Set(fixed.map((listing) => listing.title));
  for (let i = 0; i < profile.count; i++) {
    const choice = i < choices.length ? choices[i] : rng.pick(choices);
    let listing = build(choice, listings.length + 1);
    for (let attempt = 0; attempt < 3 && titles.has(listing.title); attempt++) listing = build(choice, listings.length + 1);
    titles.add(listing.title);
    listings.push(listing);
  }
  return listings;
}

/**
 * Each organization's listings of one kind, in organization order: its showcase listings, then those
 * its profile generates (organizations without a profile keep their showcase listings only).
 */
function generateListings<T extends { orgKey: string; title: string }>(
  organizations: readonly DemoOrganization[],
  showcase: readonly T[],
  profiles: Readonly<Record<string, ListingProfile | undefined>>,
  rng: DemoRandom,
  build: (choice: FamilyChoice, owner: ListingOwner, index: number) => T,
): T[] {
  const listings: T[] = [];
  for (const org of organizations) {
    const owner = ownerOf(org);
    const fixed = structuredClone(showcase.filter((listing) => listing.orgKey === org.key));
    const profile = profiles[org.key];
    if (!profile) {
      listings.push(...fixed);
      continue;
    }
    listings.push(...generateForProfile(profile, fixed, (choice, n) => build(choice, owner, n), rng));
  }
  return listings;
}

/**
 * The demo catalog loaded on first start: 86 organizations (56 Belarusian suppliers, 30 Vladimir
 * Oblast buyers), ~440 offerings and ~200 needs, plus the fixed showcase listings
 * (e.g. "off-belaz-001", the BelAZ-75570 mining dump truck). `loadDay` (ms): the day the data is
 * loaded; every date is relative to its midnight UTC.
 */
export function generateDemoCatalog(seed = DEFAULT_DEMO_SEED, loadDay = Date.now()): DemoCatalog {
  const rng = new DemoRandom(seed);
  const day = utcDay(loadDay);
  const showcase = { offerings: showcaseOfferings(day), needs: showcaseNeeds(day) };
  const organizations = structuredClone(DEMO_ORGANIZATIONS);
  const offerings = generateListings(organizations, showcase.offerings, SUPPLIER_PROFILES, rng, (choice, owner, n) =>
    buildOffering(rng, choice, owner, `off-${owner.key}-${pad(n, 3)}`, day),
  );
  const needs = generateListings(organizations, showcase.needs, BUYER_PROFILES, rng, (choice, owner, n) =>
    buildNeed(rng, choice, owner, `need-${owner.key}-${pad(n, 3)}`, VLADIMIR_OBLAST, day),
  );
  return { organizations, offerings, needs };
}

export interface BenchCatalogOptions {
  offerings: number;
  needs: number;
  seed?: number;
  /** Defaults to one organization per 60 listings (2,000 for 100,000 + 20,000). */
  organizations?: number;
  /** The day the data is loaded (ms, default now): dates are relative to it. */
  loadDay?: number;
}

/**
 * Synthetic data at scale from the same vocabulary: `generateBenchCatalog({ offerings: 100_000,
 * needs: 20_000, seed: 1 })`. Offerings come mostly from Belarusian organizations and needs
 * mostly from Russian ones, each mostly in its organization's sector. Keys: "bench-org-00001",
 * "bench-off-0000001", "bench-need-0000001".
 */
export function generateBenchCatalog(options: BenchCatalogOptions): DemoCatalog {
  const { offerings: offeringCount, needs: needCount, seed = DEFAULT_DEMO_SEED } = options;
  const rng = new DemoRandom(seed);
  const day = utcDay(options.loadDay ?? Date.now());
  const orgCount = options.organizations ?? Math.max(20, Math.ceil((offeringCount + needCount) / 60));
  const bench = generateBenchOrganizations(rng, orgCount);
  const all = bench.map(({ organization, sector }) => ({ owner: ownerOf(organization), region: organization.region, sector }));
  const by = all.filter((o) => o.owner.country === 'BY');
  const ru = all.filter((o) => o.owner.country === 'RU');
  const suppliers = by.length > 0 ? by : all;
  const buyers = ru.length > 0 ? ru : all;

  const offerChoices = VOCABULARY.map((family) => ({ family, models: family.models }));
  const needChoices = offerChoices.filter((choice) => choice.family.need);
  const bySector = (choices: FamilyChoice[]) =>
    new Map<Sector, FamilyChoice[]>(SECTORS.map((s) => [s, choices.filter((c) => familiesOfSector(s).includes(c.family))]));
  const offerChoicesBySector = bySector(offerChoices);
  const needChoicesBySector = bySector(needChoices);
  const chooseFamily = (sector: Sector, choices: FamilyChoice[], sectorChoices: Map<Sector, FamilyChoice[]>) => {
    const own = sectorChoices.get(sector) ?? [];
    return own.length > 0 && rng.chance(0.7) ? rng.pick(own) : rng.pick(choices);
  };

  const offerings: DemoOffering[] = new Array(offeringCount);
  for (let i = 0; i < offeringCount; i++) {
    const org = rng.chance(0.95) ? rng.pick(suppliers) : rng.pick(buyers);
    const choice = chooseFamily(org.sector, offerChoices, offerChoicesBySector);
    offerings[i] = buildOffering(rng, choice, org.owner, `bench-off-${pad(i + 1, 7)}`, day);
  }

  const needs: DemoNeed[] = new Array(needCount);
  for (let i = 0; i < needCount; i++) {
    const org = rng.chance(0.95) ? rng.pick(buyers) : rng.pick(suppliers);
    const choice = chooseFamily(org.sector, needChoices, needChoicesBySector);
    const region = org.owner.country === 'RU' ? org.region : VLADIMIR_OBLAST;
    needs[i] = buildNeed(rng, choice, org.owner, `bench-need-${pad(i + 1, 7)}`, region, day);
  }

  return { organizations: bench.map((b) => b.organization), offerings, needs };
}
