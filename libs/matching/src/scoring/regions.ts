import { BoundedCache, normalizeText } from '@tradebridge/search';
import type { Fit } from './score-match.js';

// Delivery regions are free text ("Vladimir Oblast", "Владимирская обл.", "Russia", "ЕАЭС"). A region
// is known by its names in Russian and English; broad regions (a country, the Central Federal
// District, the EAEU) cover the regions inside them.

type Country = 'RU' | 'BY';

interface KnownRegion {
  key: string;
  country: Country;
  /** Central Federal District (covered by "ЦФО"). */
  central?: boolean;
  names: string[];
}

const REGIONS: KnownRegion[] = [
  { key: 'vladimir', country: 'RU', central: true, names: ['vladimir oblast', 'vladimir region', 'vladimir', 'владимирская область', 'владимир'] },
  { key: 'moscow', country: 'RU', central: true, names: ['moscow', 'moscow city', 'москва', 'г москва'] },
  { key: 'moscow-oblast', country: 'RU', central: true, names: ['moscow oblast', 'moscow region', 'московская область', 'подмосковье'] },
  { key: 'ivanovo', country: 'RU', central: true, names: ['ivanovo oblast', 'ivanovo region', 'ivanovo', 'ивановская область', 'иваново'] },
  { key: 'yaroslavl', country: 'RU', central: true, names: ['yaroslavl oblast', 'yaroslavl region', 'yaroslavl', 'ярославская область', 'ярославль'] },
  { key: 'kostroma', country: 'RU', central: true, names: ['kostroma oblast', 'kostroma region', 'kostroma', 'костромская область', 'кострома'] },
  { key: 'tver', country: 'RU', central: true, names: ['tver oblast', 'tver region', 'tver', 'тверская область', 'тверь'] },
  { key: 'smolensk', country: 'RU', central: true, names: ['smolensk oblast', 'smolensk region', 'smolensk', 'смоленская область', 'смоленск'] },
  { key: 'kaluga', country: 'RU', central: true, names: ['kaluga oblast', 'kaluga region', 'kaluga', 'калужская область', 'калуга'] },
  { key: 'tula', country: 'RU', central: true, names: ['tula oblast', 'tula region', 'tula', 'тульская область', 'тула'] },
  { key: 'ryazan', country: 'RU', central: true, names: ['ryazan oblast', 'ryazan region', 'ryazan', 'рязанская область', 'рязань'] },
  { key: 'nizhny-novgorod', country: 'RU', names: ['nizhny novgorod oblast', 'nizhny novgorod region', 'nizhny novgorod', 'нижегородская область', 'нижний новгород'] },
  { key: 'minsk', country: 'BY', names: ['minsk', 'минск', 'г минск'] },
  { key: 'minsk-region', country: 'BY', names: ['minsk region', 'minsk oblast', 'минская область'] },
  { key: 'brest', country: 'BY', names: ['brest region', 'brest oblast', 'brest', 'брестская область', 'брест'] },
  { key: 'gomel', country: 'BY', names: ['gomel region', 'gomel oblast', 'gomel', 'гомельская область', 'гомель'] },
  { key: 'grodno', country: 'BY', names: ['grodno region', 'grodno oblast', 'grodno', 'гродненская область', 'гродно'] },
  { key: 'mogilev', country: 'BY', names: ['mogilev region', 'mogilev oblast', 'mogilev', 'могилевская область', 'могилев'] },
  { key: 'vitebsk', country: 'BY', names: ['vitebsk region', 'vitebsk oblast', 'vitebsk', 'витебская область', 'витебск'] },
];

const EVERYWHERE = ['eaeu', 'eeu', 'еаэс', 'eaes', 'cis', 'снг', 'worldwide', 'весь мир', 'any region', 'all regions', 'любой регион', 'все регионы'];
const COUNTRY_WIDE: Record<Country, string[]> = {
  RU: ['russia', 'russian federation', 'россия', 'рф', 'российская федерация', 'вся россия', 'all of russia'],
  BY: ['belarus', 'republic of belarus', 'беларусь', 'белоруссия', 'рб', 'республика беларусь', 'вся беларусь'],
};
const CENTRAL = ['central federal district', 'central russia', 'цфо', 'центральный федеральный округ', 'центральная россия'];

/** Region names repeat across every pair of a batch: each normalised once. */
const REGION_KEYS = new BoundedCache<string, string>(5_000);

/** Lower-case, ё → е, punctuation out, "обл." → "область". */
export function regionKey(name: string): string {
  return REGION_KEYS.get(name, () =>
    normalizeText(name)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/(?<![\p{L}\p{N}])обл(?![\p{L}\p{N}])/gu, 'область')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const BY_NAME = new Map<string, KnownRegion>(REGIONS.flatMap((r) => r.names.map((n) => [regionKey(n), r] as const)));

/** How an offering's delivery region relates to the need's region. */
export interface RegionCoverage {
  /** The offering's delivery region as written. */
  region: string;
  /** True when it is a broader region (a country, a district, the EAEU) containing the need's region. */
  broad: boolean;
}

function covers(delivery: string, need: string): boolean | 'broad' {
  const d = regionKey(delivery);
  const n = regionKey(need);
  if (!d || !n) return false;
  if (d === n) return true;
  const known = BY_NAME.get(n);
  const offered = BY_NAME.get(d);
  if (known && offered) return known.key === offered.key;
  if (EVERYWHERE.includes(d)) return 'broad';
  if (known && COUNTRY_WIDE[known.country].includes(d)) return 'broad';
  if (known?.central && CENTRAL.includes(d)) return 'broad';
  return false;
}

/**
 * The first of the offering's delivery regions that covers the need's region: the same region
 * (in either language) first, then a broader one. Null when none does.
 */
export function regionCoverage(deliveryRegions: readonly string[], needRegion: string): RegionCoverage | null {
  let broad: RegionCoverage | null = null;
  for (const region of deliveryRegions) {
    const result = covers(region, needRegion);
    if (result === true) return { region, broad: false };
    if (result === 'broad' && !broad) broad = { region, broad: true };
  }
  return broad;
}

/** Delivery fits when a region covers the need's; an offering that names no region is unknown. */
export function regionFit(deliveryRegions: readonly string[], needRegion: string): Fit {
  if (deliveryRegions.length === 0) return 'unknown';
  return regionCoverage(deliveryRegions, needRegion) ? 'fits' : 'misses';
}
