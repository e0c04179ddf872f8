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
  /** "pcs", "t", "set", "service", ... */
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

export const EAC = 'EAC';
export const ISO9001 = 'ISO 9001';
export const ISO14001 = 'ISO 14001';
export const ISO13485 = 'ISO 13485';
export const GOST_R = 'ГОСТ Р';
export const STB = 'СТБ';
export const GMP = 'GMP';
export const HACCP = 'HACCP';
export const SRO = 'СРО';
export const TR_TS_VEHICLES = 'ТР ТС 018/2011';
export const TR_TS_MACHINERY = 'ТР ТС 010/2011';
export const TR_TS_TRACTORS = 'ТР ТС 031/2012';
export const TR_TS_LOW_VOLTAGE = 'ТР ТС 004/2011';
export const TR_TS_FOOD = 'ТР ТС 021/2011';
export const TR_TS_MILK = 'ТР ТС 033/2013';
export const TR_TS_MEAT = 'ТР ТС 034/2013';
export const TR_TS_GRAIN = 'ТР ТС 015/2011';
