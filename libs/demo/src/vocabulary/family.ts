import type { DemoOfferingKind } from '../demo.types.js';

// The shape of one product/service/partnership family in the demo vocabulary. Texts are
// templates: {model} {spec} {feature} {feature2} {city} {lead} {moq} in offerings, and
// {qty} {unit} {model} {spec} {feature} {city} {date} in needs.

export type Sector =
  | 'transport'
  | 'machinery'
  | 'electrical'
  | 'metal'
  | 'components'
  | 'construction'
  | 'health'
  | 'agro-food'
  | 'services'
  | 'partnership';

/** A Russian text and its English counterpart. */
export type Pair = readonly [ru: string, en: string];

/**
 * A model name with, optionally, the spec that goes with it (Russian, English) and an English
 * name when transliteration would read badly ("Цефтриаксон" -> "Ceftriaxone").
 */
export type Model = readonly [name: string, specRu?: string, specEn?: string, nameEn?: string];

export interface NeedVocabulary {
  titles: string[];
  intro: string[];
  requirements: string[];
  /** Quantity range, in `unit` or else the family's unit. */
  qty: [number, number];
  unit?: string;
}

export interface Family {
  id: string;
  sector: Sector;
  kind: DemoOfferingKind;
  /** Plausible category codes, the usual one first. */
  categories: string[];
  /** A model whose name or spec contains the needle usually sits under that code instead. */
  modelCategories?: ReadonlyArray<readonly [needle: string, code: string]>;
  models: Model[];
  /** Used for {spec} when the model carries none. */
  specs: Pair[];
  features: Pair[];
  titles: string[];
  titlesEn: string[];
  intro: string[];
  introEn: string[];
  details: string[];
  detailsEn: string[];
  keywords: string[];
  keywordsEn: string[];
  /** "pcs", "t", "set", "service", ... (the vocabulary's names; listings carry UNIT_CODE's OKEI codes) */
  unit: string;
  moq?: [number, number];
  /** Price per unit in USD (converted to RUB/BYN/EUR); absent means "on request". */
  priceUsd?: [number, number];
  leadTime: [number, number];
  /** Certifications every listing of the family carries. */
  certs: string[];
  certsOptional: string[];
  need?: NeedVocabulary;
}

// Certification codes (data/reference/certifications.json).
export const EAC = 'EAC';
export const ISO9001 = 'ISO-9001';
export const ISO14001 = 'ISO-14001';
export const ISO13485 = 'ISO-13485';
export const GOST_R = 'GOST-R';
export const STB = 'STB';
export const GMP = 'GMP-EAEU';
export const HACCP = 'HACCP';
export const SRO = 'SRO';
export const TR_TS_VEHICLES = 'TR-CU-018-2011';
export const TR_TS_MACHINERY = 'TR-CU-010-2011';
export const TR_TS_TRACTORS = 'TR-CU-031-2012';
export const TR_TS_LOW_VOLTAGE = 'TR-CU-004-2011';
export const TR_TS_FOOD = 'TR-CU-021-2011';
export const TR_TS_MILK = 'TR-CU-033-2013';
export const TR_TS_MEAT = 'TR-CU-034-2013';
export const TR_TS_GRAIN = 'TR-CU-015-2011';
