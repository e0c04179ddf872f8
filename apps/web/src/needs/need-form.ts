import type { Currency, NeedFieldsFragment, NeedInput } from '../gql/graphql';

/** The need editor's values (strings where the inputs hold text). */
export interface NeedFormValues {
  title: string;
  description: string;
  categoryCode: string | null;
  keywords: string[];
  quantity: number | string;
  /** OKEI code ("796" piece). */
  unit: string | null;
  budgetMin: number | string;
  budgetMax: number | string;
  currency: Currency;
  /** YYYY-MM-DD (a calendar day), or empty. */
  neededBy: string;
  /** ISO 3166-2 code or group ("RU-VLA", "RU-CFD"). */
  deliveryRegion: string | null;
  /** Names in the page language as picked or typed; sent as codes where the table knows them. */
  requiredCertifications: string[];
}

export const NEED_FORM_FIELDS = ['title', 'description', 'categoryCode', 'keywords', 'quantity', 'unit', 'budget', 'neededBy', 'deliveryRegion', 'requiredCertifications'] as const;

export function emptyNeedForm(): NeedFormValues {
  return {
    title: '',
    description: '',
    categoryCode: null,
    keywords: [],
    quantity: '',
    unit: '796',
    budgetMin: '',
    budgetMax: '',
    currency: 'RUB',
    neededBy: '',
    deliveryRegion: 'RU-VLA',
    requiredCertifications: [],
  };
}

/** The editor's values of a need; `certificationName` names a certification code in the page language. */
export function needFormOf(need: NeedFieldsFragment, certificationName: (code: string) => string = (code) => code): NeedFormValues {
  return {
    title: need.title,
    description: need.description,
    categoryCode: need.category.code,
    keywords: need.keywords,
    quantity: need.quantity ?? '',
    unit: need.unitCode ?? need.unit,
    budgetMin: need.budget?.min ? Number(need.budget.min) : '',
    budgetMax: need.budget?.max ? Number(need.budget.max) : '',
    currency: need.budget?.currency ?? 'RUB',
    neededBy: need.neededBy ? need.neededBy.slice(0, 10) : '',
    deliveryRegion: need.deliveryRegionCode ?? need.deliveryRegion,
    requiredCertifications: need.requiredCertificationCodes.map(certificationName),
  };
}

const amount = (value: number | string) => (value === '' || value === null ? null : String(value));

/**
 * The API input of the editor's values; `publish` decides between an open need and a draft, `certificationCode`
 * turns a certification's name into its code (other marks go as typed).
 */
export function needInputOf(values: NeedFormValues, publish: boolean, certificationCode: (name: string) => string = (name) => name.trim()): NeedInput {
  const min = amount(values.budgetMin);
  const max = amount(values.budgetMax);
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    categoryCode: values.categoryCode ?? '',
    keywords: values.keywords.map((k) => k.trim()).filter(Boolean),
    quantity: values.quantity === '' ? null : Number(values.quantity),
    unit: values.unit || null,
    budget: min || max ? { min, max, currency: values.currency } : null,
    neededBy: values.neededBy ? `${values.neededBy}T00:00:00.000Z` : null,
    deliveryRegion: values.deliveryRegion ?? '',
    requiredCertifications: [...new Set(values.requiredCertifications.filter((c) => c.trim()).map(certificationCode))],
    publish,
  };
}
