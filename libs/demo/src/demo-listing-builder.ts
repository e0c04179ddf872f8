// Turns a vocabulary family into one offering or one need: the only place that fills
// templates, so the demo catalog and the bench catalog read alike.
import type { DemoCurrency, DemoListingStatus, DemoNeed, DemoNeedStatus, DemoOffering, DemoPriceRange } from './demo.types.js';
import type { DemoRandom } from './demo-random.js';
import {
  COMMERCIAL_EN, COMMERCIAL_RU, OTHER_DELIVERY_REGIONS, PROCUREMENT_RU, SERVICE_TERMS_EN, SERVICE_TERMS_RU, UNIT_CODE,
  UNIT_RU, USD_RATES, VLADIMIR_OBLAST, familyById, translit, type Family, type Model,
} from './vocabulary.js';

export const DAY_MS = 86_400_000;
/** Needs are wanted 59 to 545 days after the day the data is loaded (about two months to a year and a half). */
const NEEDED_BY_FROM_DAYS = 59;
const NEEDED_BY_SPAN_DAYS = 486;

/** Midnight UTC of the day `ms` falls in: every demo date is this day plus or minus whole days. */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export interface ListingOwner {
  key: string;
  country: 'BY' | 'RU';
  city?: string;
}

/** A family with the models an organization actually makes (e.g. only BelAZ in a fleet-service family). */
export interface FamilyChoice {
  family: Family;
  models: readonly Model[];
}

/**
 * "fleet-maintenance" or "fleet-maintenance:БелАЗ" (a model filter matched against the model
 * name and its spec; alternatives separated by "|").
 */
export function familyChoice(spec: string): FamilyChoice {
  const [id, filter] = spec.split(':', 2) as [string, string | undefined];
  const family = familyById(id);
  if (!filter) return { family, models: family.models };
  const needles = filter.split('|');
  const models = family.models.filter((m) => needles.some((n) => `${m[0]} ${m[1] ?? ''}`.includes(n)));
  if (models.length === 0) throw new Error(`Filter "${spec}" matches no model of family "${id}"`);
  return { family, models };
}

interface Vars {
  [name: string]: string;
}

// Templates are split once into literal/variable parts: the bench fills millions of them.
const COMPILED = new Map<string, string[]>();

function tidy(text: string): string {
  return text
    .replace(/\(\s*\)/g, '')
    .replace(/\s+([,.:;)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function fill(template: string, vars: Vars): string {
  let parts = COMPILED.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    COMPILED.set(template, parts);
  }
  let out = parts[0];
  let hasEmpty = false;
  for (let i = 1; i < parts.length; i += 2) {
    const value = vars[parts[i]] ?? '';
    if (value === '') hasEmpty = true;
    out += value + parts[i + 1];
  }
  if (hasEmpty) out = tidy(out);
  // A unit such as "шт." before a full stop.
  return out.includes('..') ? out.replace(/\.{2,}/g, '.') : out;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

function sentence(template: string, vars: Vars): string {
  const text = capitalise(fill(template, vars));
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function formatInt(n: number): string {
  return n >= 10_000 ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : String(n);
}

function formatDateRu(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** Two or three significant digits, as a decimal string with two places ("350000.00"). */
export function decimalPrice(value: number): string {
  if (value >= 100) {
    const magnitude = 10 ** (Math.floor(Math.log10(value)) - 2);
    return (Math.round(value / magnitude) * magnitude).toFixed(2);
  }
  return (Math.round(value * 100) / 100).toFixed(2);
}

function roundQuantity(n: number): number {
  if (n >= 1000) return Math.round(n / 100) * 100;
  if (n >= 100) return Math.round(n / 10) * 10;
  if (n >= 20) return Math.round(n / 5) * 5;
  return Math.max(1, Math.round(n));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString();
}

function modelVars(rng: DemoRandom, choice: FamilyChoice, english: boolean): { vars: Vars; model?: Model } {
  const { family, models } = choice;
  const model = models.length > 0 ? rng.pick(models) : undefined;
  const specPair = family.specs.length > 0 ? rng.pick(family.specs) : undefined;
  const [f1, f2, f3] = rng.sample(family.features, 3);
  const side = english ? 1 : 0;
  const name = model ? (english ? model[3] ?? translit(model[0]) : model[0]) : '';
  const spec = (english ? model?.[2] : model?.[1]) ?? specPair?.[side] ?? '';
  const feature = f1?.[side] ?? '';
  const feature2 = f2?.[side] ?? feature;
  return { vars: { model: name, spec, feature, feature2, feature3: f3?.[side] ?? feature }, model };
}

function keywordsFor(rng: DemoRandom, family: Family, modelName: string, english: boolean): string[] {
  const own = english ? family.keywordsEn : family.keywords;
  const words = rng.sample(own, rng.int(3, Math.min(6, own.length)));
  if (!english && family.keywordsEn.length > 0 && rng.chance(0.3)) words.push(rng.pick(family.keywordsEn));
  const model = modelName.replace(/[«»"]/g, '').trim();
  if (model) words.unshift(model);
  return [...new Set(words)].slice(0, 12);
}

function category(rng: DemoRandom, family: Family, model: Model | undefined): string {
  if (model && family.modelCategories) {
    const text = `${model[0]} ${model[1] ?? ''}`;
    const match = family.modelCategories.find(([needle]) => text.includes(needle));
    if (match && rng.chance(0.85)) return match[1];
  }
  return family.categories.length === 1 || rng.chance(0.75) ? family.categories[0] : rng.pick(family.categories);
}

function offerCurrency(rng: DemoRandom, owner: ListingOwner): DemoCurrency {
  if (owner.country === 'RU') return 'RUB';
  return rng.weighted<DemoCurrency>([['RUB', 0.5], ['USD', 0.25], ['BYN', 0.2], ['EUR', 0.05]]);
}

function offerPrice(rng: DemoRandom, family: Family, owner: ListingOwner): DemoPriceRange | undefined {
  if (!family.priceUsd || rng.chance(0.12)) return undefined;
  const currency = offerCurrency(rng, owner);
  const [lo, hi] = family.priceUsd;
  const base = rng.float(lo, hi) * USD_RATES[currency];
  const price: DemoPriceRange = { min: decimalPrice(base), currency };
  if (rng.chance(0.6)) price.max = decimalPrice(base * rng.float(1.08, 1.35));
  return price;
}

function offerStatus(rng: DemoRandom): DemoListingStatus {
  return rng.weighted<DemoListingStatus>([['PUBLISHED', 0.9], ['DRAFT', 0.06], ['ARCHIVED', 0.04]]);
}

function deliveryRegions(rng: DemoRandom): string[] {
  const others = rng.sample(OTHER_DELIVERY_REGIONS, rng.int(0, 3));
  return rng.chance(0.85) ? [VLADIMIR_OBLAST, ...others] : others.length > 0 ? others : ['RU-MOS'];
}

/**
 * One offering; its dates are whole days before or after `day` (midnight UTC of the load day), so the
 * same seed and day always give the same offering, and data loaded on any day is current that day.
 */
export function buildOffering(rng: DemoRandom, choice: FamilyChoice, owner: ListingOwner, key: string, day: number): DemoOffering {
  const { family } = choice;
  const english = rng.chance(0.15) && family.titlesEn.length > 0;
  const leadTimeDays = rng.int(family.leadTime[0], family.leadTime[1]);
  const city = owner.city ?? (english ? 'Minsk' : 'Минск');
  const { vars: modelText, model } = modelVars(rng, choice, english);
  const vars: Vars = { ...modelText, city: english ? translit(city) : city, lead: String(leadTimeDays) };

  const title = capitalise(fill(rng.pick(english ? family.titlesEn : family.titles), vars)).slice(0, 200);
  const sentences = [sentence(rng.pick(english ? family.introEn : family.intro), vars)];
  for (const detail of rng.sample(english ? family.detailsEn : family.details, rng.int(1, 3))) {
    sentences.push(sentence(detail, vars));
  }
  const terms = family.kind === 'PRODUCT' ? (english ? COMMERCIAL_EN : COMMERCIAL_RU) : family.kind === 'SERVICE' ? (english ? SERVICE_TERMS_EN : SERVICE_TERMS_RU) : [];
  if (terms.length > 0 && sentences.length < 4 && rng.chance(0.6)) sentences.push(sentence(rng.pick(terms), vars));

  const status = offerStatus(rng);
  const offering: DemoOffering = {
    key,
    orgKey: owner.key,
    kind: family.kind,
    title,
    description: sentences.join(' '),
    categoryCode: category(rng, family, model),
    keywords: keywordsFor(rng, family, vars.model, english),
    unit: UNIT_CODE[family.unit] ?? family.unit,
    leadTimeDays,
    certifications: [...family.certs, ...rng.sample(family.certsOptional, rng.int(0, 2))],
    deliveryRegions: deliveryRegions(rng),
    status,
  };
  const price = offerPrice(rng, family, owner);
  if (price) offering.price = price;
  if (family.moq && rng.chance(0.6)) offering.minOrderQuantity = roundQuantity(rng.int(family.moq[0], family.moq[1]));
  if (status === 'ARCHIVED' && rng.chance(0.6)) {
    offering.validUntil = isoDay(day - rng.int(1, 300) * DAY_MS);
  } else if (status !== 'ARCHIVED' && rng.chance(0.3)) {
    offering.validUntil = isoDay(day + rng.int(90, 729) * DAY_MS);
  }
  return offering;
}

function needStatus(rng: DemoRandom): DemoNeedStatus {
  return rng.weighted<DemoNeedStatus>([['OPEN', 0.84], ['DRAFT', 0.06], ['CLOSED', 0.05], ['FULFILLED', 0.05]]);
}

function needBudget(rng: DemoRandom, family: Family): DemoPriceRange | undefined {
  if (!family.priceUsd || !rng.chance(0.65)) return undefined;
  const currency: DemoCurrency = rng.chance(0.9) ? 'RUB' : 'USD';
  const [lo, hi] = family.priceUsd;
  const max = rng.float(lo + (hi - lo) * 0.4, hi * 1.2) * USD_RATES[currency];
  const budget: DemoPriceRange = { max: decimalPrice(max), currency };
  if (rng.chance(0.3)) budget.min = decimalPrice(max * rng.float(0.5, 0.8));
  return budget;
}

/** One need, wanted 59 to 545 days after `day` (see buildOffering). */
export function buildNeed(
  rng: DemoRandom,
  choice: FamilyChoice,
  owner: ListingOwner,
  key: string,
  deliveryRegion: string,
  day: number,
): DemoNeed {
  const { family } = choice;
  const vocabulary = family.need;
  if (!vocabulary) throw new Error(`Family "${family.id}" has no need vocabulary`);
  const unit = vocabulary.unit ?? family.unit;
  const quantity = roundQuantity(rng.int(vocabulary.qty[0], vocabulary.qty[1]));
  const neededBy = rng.chance(0.92) ? isoDay(day + (NEEDED_BY_FROM_DAYS + rng.int(0, NEEDED_BY_SPAN_DAYS)) * DAY_MS) : undefined;
  const { vars: modelText, model } = modelVars(rng, choice, false);
  const vars: Vars = {
    ...modelText,
    qty: formatInt(quantity),
    unit: UNIT_RU[unit] ?? unit,
    city: owner.city ?? 'Владимир',
    date: neededBy ? formatDateRu(neededBy) : 'согласованного срока',
  };

  const title = capitalise(fill(rng.pick(vocabulary.titles), vars)).slice(0, 200);
  const sentences = [sentence(rng.pick(vocabulary.intro), vars)];
  for (const requirement of rng.sample(vocabulary.requirements, rng.int(1, 2))) sentences.push(sentence(requirement, vars));
  if (rng.chance(0.75)) sentences.push(sentence(rng.pick(PROCUREMENT_RU), vars));

  const certCount = rng.weighted<number>([[0, 0.35], [1, 0.45], [2, 0.2]]);
  const need: DemoNeed = {
    key,
    orgKey: owner.key,
    title,
    description: sentences.join(' '),
    categoryCode: category(rng, family, model),
    keywords: keywordsFor(rng, family, vars.model, false),
    deliveryRegion,
    requiredCertifications: family.certs.slice(0, certCount),
    status: needStatus(rng),
  };
  if (unit !== 'service') {
    need.quantity = quantity;
    need.unit = UNIT_CODE[unit] ?? unit;
  }
  const budget = needBudget(rng, family);
  if (budget) need.budget = budget;
  if (neededBy) need.neededBy = neededBy;
  return need;
}
