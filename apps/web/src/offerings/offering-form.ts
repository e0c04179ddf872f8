import type { Currency, MyOfferingFieldsFragment, OfferingInput, OfferingKind } from '../gql-pages/graphql';

/** The offering editor's values (strings where the inputs hold text). */
export interface OfferingFormValues {
  kind: OfferingKind;
  title: string;
  description: string;
  categoryCode: string | null;
  keywords: string[];
  priceMin: number | string;
  priceMax: number | string;
  currency: Currency;
  /** OKEI code ("796" piece). */
  unit: string | null;
  minOrderQuantity: number | string;
  leadTimeDays: number | string;
  /** Names in the page language as picked or typed; sent as codes where the table knows them. */
  certifications: string[];
  /** ISO 3166-2 codes or groups ("RU-VLA", "RU-CFD"). */
  deliveryRegions: string[];
  /** YYYY-MM-DD (a calendar day), or empty. */
  validUntil: string;
}

/** The API's input fields the form shows errors at (`price` lands on priceMax). */
export const OFFERING_FORM_FIELDS = ['kind', 'title', 'description', 'categoryCode', 'keywords', 'price', 'unit', 'minOrderQuantity', 'leadTimeDays', 'certifications', 'deliveryRegions', 'validUntil'] as const;

export function emptyOfferingForm(): OfferingFormValues {
  return {
    kind: 'PRODUCT',
    title: '',
    description: '',
    categoryCode: null,
    keywords: [],
    priceMin: '',
    priceMax: '',
    currency: 'RUB',
    unit: '796',
    minOrderQuantity: '',
    leadTimeDays: '',
    certifications: [],
    deliveryRegions: ['RU-VLA'],
    validUntil: '',
  };
}

/** The editor's values of an offering; `certificationName` names a certification code in the page language. */
export function offeringFormOf(offering: MyOfferingFieldsFragment, certificationName: (code: string) => string = (code) => code): OfferingFormValues {
  return {
    kind: offering.kind,
    title: offering.title,
    description: offering.description,
    categoryCode: offering.category.code,
    keywords: offering.keywords,
    priceMin: offering.price?.min ? Number(offering.price.min) : '',
    priceMax: offering.price?.max ? Number(offering.price.max) : '',
    currency: offering.price?.currency ?? 'RUB',
    unit: offering.unitCode ?? offering.unit,
    minOrderQuantity: offering.minOrderQuantity ?? '',
    leadTimeDays: offering.leadTimeDays ?? '',
    certifications: offering.certificationCodes.map(certificationName),
    deliveryRegions: offering.deliveryRegionCodes,
    validUntil: offering.validUntil ? offering.validUntil.slice(0, 10) : '',
  };
}

const amount = (value: number | string) => (value === '' || value === null ? null : String(value));
const clean = (list: string[]) => list.map((v) => v.trim()).filter(Boolean);

/**
 * The API input of the editor's values; `publish` (create only) decides between published and a draft,
 * `certificationCode` turns a certification's name into its code (other marks go as typed).
 */
export function offeringInputOf(values: OfferingFormValues, publish: boolean, certificationCode: (name: string) => string = (name) => name.trim()): OfferingInput {
  const min = amount(values.priceMin);
  const max = amount(values.priceMax);
  return {
    kind: values.kind,
    title: values.title.trim(),
    description: values.description.trim(),
    categoryCode: values.categoryCode ?? '',
    keywords: clean(values.keywords),
    price: min || max ? { min, max, currency: values.currency } : null,
    unit: values.unit || null,
    minOrderQuantity: values.minOrderQuantity === '' ? null : Number(values.minOrderQuantity),
    leadTimeDays: values.leadTimeDays === '' ? null : Number(values.leadTimeDays),
    certifications: [...new Set(clean(values.certifications).map(certificationCode))],
    deliveryRegions: clean(values.deliveryRegions),
    // The end of the chosen day in UTC: the offering is shown through that whole day.
    validUntil: values.validUntil ? `${values.validUntil}T23:59:59.000Z` : null,
    publish,
  };
}
