// The demo vocabulary: every product/service/partnership family by sector, plus the shared
// pieces of text (commercial terms, procurement terms), units, currencies and regions the
// generator combines them with.
import { AGRO_FOOD_FAMILIES } from './vocabulary/agro-food.js';
import { COMPONENT_FAMILIES } from './vocabulary/components.js';
import { CONSTRUCTION_FAMILIES } from './vocabulary/construction.js';
import { ELECTRICAL_FAMILIES } from './vocabulary/electrical.js';
import type { Family, Sector } from './vocabulary/family.js';
import { HEALTH_FAMILIES } from './vocabulary/health.js';
import { MACHINERY_FAMILIES } from './vocabulary/machinery.js';
import { METAL_FAMILIES } from './vocabulary/metal.js';
import { PARTNERSHIP_FAMILIES } from './vocabulary/partnership.js';
import { SERVICE_FAMILIES } from './vocabulary/services.js';
import { TRANSPORT_FAMILIES } from './vocabulary/transport.js';

export type { Family, Model, NeedVocabulary, Pair, Sector } from './vocabulary/family.js';

export const VOCABULARY: readonly Family[] = [
  ...TRANSPORT_FAMILIES,
  ...MACHINERY_FAMILIES,
  ...ELECTRICAL_FAMILIES,
  ...METAL_FAMILIES,
  ...COMPONENT_FAMILIES,
  ...CONSTRUCTION_FAMILIES,
  ...HEALTH_FAMILIES,
  ...AGRO_FOOD_FAMILIES,
  ...SERVICE_FAMILIES,
  ...PARTNERSHIP_FAMILIES,
];

const BY_ID = new Map(VOCABULARY.map((family) => [family.id, family]));

export function familyById(id: string): Family {
  const family = BY_ID.get(id);
  if (!family) throw new Error(`Unknown demo vocabulary family "${id}"`);
  return family;
}

export const SECTORS: readonly Sector[] = [...new Set(VOCABULARY.map((family) => family.sector))];

export function familiesOfSector(sector: Sector): Family[] {
  return VOCABULARY.filter((family) => family.sector === sector);
}

/** Every category code the vocabulary may assign (TN VED headings and project S./P. codes). */
export function vocabularyCategoryCodes(): string[] {
  return [...new Set(VOCABULARY.flatMap((family) => family.categories))].sort();
}

/** The OKEI code of each unit the vocabulary names (what listings store: data/reference/units.json). */
export const UNIT_CODE: Record<string, string> = {
  pcs: '796', t: '168', kg: '166', set: '839', km: '008', m: '006', m2: '055', m3: '113', l: '112', pack: '778', service: '876',
};

/** How units read in Russian text ("40 шт."). */
export const UNIT_RU: Record<string, string> = {
  pcs: 'шт.', t: 'т', kg: 'кг', set: 'компл.', km: 'км', m: 'м', m2: 'м²', m3: 'м³',
  l: 'л', pack: 'уп.', service: 'усл.',
};


/** Units of currency per US dollar: fixed, so prices stay deterministic. */
export const USD_RATES = { USD: 1, RUB: 90, BYN: 3.25, EUR: 0.92, CNY: 7.2 } as const;

/** Region codes (ISO 3166-2: data/reference/regions.json). */
export const VLADIMIR_OBLAST = 'RU-VLA';

/** Regions an offering may deliver to besides Vladimir Oblast: Moscow, Moscow, Ivanovo, Nizhny Novgorod, Yaroslavl, Ryazan, Kostroma, Tver, Smolensk, Kaluga and Tula Oblasts. */
export const OTHER_DELIVERY_REGIONS = ['RU-MOW', 'RU-MOS', 'RU-IVA', 'RU-NIZ', 'RU-YAR', 'RU-RYA', 'RU-KOS', 'RU-TVE', 'RU-SMO', 'RU-KLU', 'RU-TUL'];

/** Minsk, Minsk Region, Brest, Gomel, Grodno, Mogilev and Vitebsk Regions. */
export const BY_REGIONS = ['BY-HM', 'BY-MI', 'BY-BR', 'BY-HO', 'BY-HR', 'BY-MA', 'BY-VI'];

/** Closing sentences of offerings: {lead} days, {city} of the supplier. */
export const COMMERCIAL_RU = [
  'Срок поставки — {lead} дн. с даты подписания договора.',
  'Доставка во Владимирскую область на условиях DAP, возможна отгрузка FCA {city}.',
  'Работаем по прямым договорам, 44-ФЗ и 223-ФЗ; предоставляем полный пакет документов для закупки.',
  'Цены в российских рублях, для государственных заказчиков возможна отсрочка платежа.',
  'Подбор комплектации и технические консультации — бесплатно.',
  'Возможна поставка в лизинг через партнёрские лизинговые компании.',
];

export const COMMERCIAL_EN = [
  'Lead time {lead} days from contract signature.',
  'Delivery to Vladimir Oblast on DAP terms; FCA {city} is also possible.',
  'Prices in roubles; deferred payment is available to public buyers.',
  'Leasing through partner companies is available.',
];

/** Closing sentences of service offerings. */
export const SERVICE_TERMS_RU = [
  'Начало работ — через {lead} дн. после подписания договора.',
  'Работаем по 44-ФЗ и 223-ФЗ; обеспечение исполнения контракта — банковская гарантия.',
  'Выезд специалиста для оценки объёма работ — бесплатно.',
  'Договор заключается в российских рублях.',
];

export const SERVICE_TERMS_EN = [
  'Work starts {lead} days after contract signature.',
  'A free site visit to assess the scope of work.',
];

/** Closing sentences of needs: {city} of the buyer, {date} needed by. */
export const PROCUREMENT_RU = [
  'Закупка проводится по 44-ФЗ; приглашаем производителей и официальных дилеров.',
  'Закупка по 223-ФЗ; производители Республики Беларусь участвуют на равных условиях с российскими.',
  'Поставка на склад заказчика в г. {city}, разгрузка силами поставщика.',
  'Оплата — в течение 7 рабочих дней после приёмки.',
  'Просим направить коммерческое предложение с условиями гарантии и сервиса.',
  'Срок исполнения — не позднее {date}.',
];

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ў: 'w',
  '«': '"', '»': '"',
};

/** Latin spelling of a Russian name for English texts ("БелАЗ-75570" -> "BelAZ-75570"). */
export function translit(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = TRANSLIT[lower];
    if (mapped === undefined) out += ch;
    else if (ch !== lower && mapped.length > 0) out += mapped[0].toUpperCase() + mapped.slice(1);
    else out += mapped;
  }
  return out;
}
