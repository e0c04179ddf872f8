import type { Currency, NeedFieldsFragment, NeedInput } from '../gql/graphql';

/** The need editor's values (strings where the inputs hold text). */
export interface NeedFormValues {
  title: string;
  description: string;
  categoryCode: string | null;
  keywords: string[];
  quantity: number | string;
  unit: string | null;
  budgetMin: number | string;
  budgetMax: number | string;
  currency: Currency;
  /** YYYY-MM-DD (a calendar day), or empty. */
  neededBy: string;
  deliveryRegion: string | null;
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
    unit: 'pcs',
    budgetMin: '',
    budgetMax: '',
    currency: 'RUB',
    neededBy: '',
    deliveryRegion: 'Vladimir Oblast',
    requiredCertifications: [],
  };
}

export function needFormOf(need: NeedFieldsFragment): NeedFormValues {
  return {
    title: need.title,
    description: need.description,
    categoryCode: need.category.code,
    keywords: need.keywords,
    quantity: need.quantity ?? '',
    unit: need.unit,
    budgetMin: need.budget?.min ? Number(need.budget.min) : '',
    budgetMax: need.budget?.max ? Number(need.budget.max) : '',
    currency: need.budget?.currency ?? 'RUB',
    neededBy: need.neededBy ? need.neededBy.slice(0, 10) : '',
    deliveryRegion: need.deliveryRegion,
    requiredCertifications: need.requiredCertifications,
  };
}

const amount = (value: number | string) => (value === '' || value === null ? null : String(value));

/** The API input of the editor's values; `publish` decides between an open need and a draft. */
export function needInputOf(values: NeedFormValues, publish: boolean): NeedInput {
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
    requiredCertifications: values.requiredCertifications.map((c) => c.trim()).filter(Boolean),
    publish,
  };
}
