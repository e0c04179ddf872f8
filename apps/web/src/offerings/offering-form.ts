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
  unit: string | null;
  minOrderQuantity: number | string;
  leadTimeDays: number | string;
  certifications: string[];
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
    unit: 'pcs',
    minOrderQuantity: '',
    leadTimeDays: '',
    certifications: [],
    deliveryRegions: ['Vladimir Oblast'],
    validUntil: '',
  };
}

export function offeringFormOf(offering: MyOfferingFieldsFragment): OfferingFormValues {
  return {
    kind: offering.kind,
    title: offering.title,
    description: offering.description,
    categoryCode: offering.category.code,
    keywords: offering.keywords,
    priceMin: offering.price?.min ? Number(offering.price.min) : '',
    priceMax: offering.price?.max ? Number(offering.price.max) : '',
    currency: offering.price?.currency ?? 'RUB',
    unit: offering.unit,
    minOrderQuantity: offering.minOrderQuantity ?? '',
    leadTimeDays: offering.leadTimeDays ?? '',
    certifications: offering.certifications,
    deliveryRegions: offering.deliveryRegions,
    validUntil: offering.validUntil ? offering.validUntil.slice(0, 10) : '',
  };
}

const amount = (value: number | string) => (value === '' || value === null ? null : String(value));
const clean = (list: string[]) => list.map((v) => v.trim()).filter(Boolean);

/** The API input of the editor's values; `publish` (create only) decides between published and a draft. */
export function offeringInputOf(values: OfferingFormValues, publish: boolean): OfferingInput {
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
    certifications: clean(values.certifications),
    deliveryRegions: clean(values.deliveryRegions),
    // The end of the chosen day in UTC: the offering is shown through that whole day.
    validUntil: values.validUntil ? `${values.validUntil}T23:59:59.000Z` : null,
    publish,
  };
}
