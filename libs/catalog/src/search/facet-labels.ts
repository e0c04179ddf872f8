import type { Locale } from '@tradebridge/core';
import { certificationTable, regionTable } from '@tradebridge/reference';

/** What a facet's category values need: the names of the categories among them. */
export interface CategoryNames {
  name: string;
  nameEn: string;
}

const KINDS: Record<Locale, Record<string, string>> = {
  RU: { PRODUCT: 'Товар', SERVICE: 'Услуга', PARTNERSHIP: 'Партнёрство' },
  EN: { PRODUCT: 'Product', SERVICE: 'Service', PARTNERSHIP: 'Partnership' },
};

const VERIFIED: Record<Locale, Record<string, string>> = {
  RU: { true: 'Проверенные организации', false: 'Без проверки' },
  EN: { true: 'Verified organizations', false: 'Not verified' },
};

/**
 * The label of a facet value for a reader of `locale`: a category's, region's or country's name, a
 * certification as written in that language, a kind, verified or not. A value no table knows is its
 * own label.
 * @example facetLabeller('EN', new Map())('region', 'RU-VLA') // 'Vladimir Oblast'
 */
export function facetLabeller(locale: Locale, categories: ReadonlyMap<string, CategoryNames>): (field: string, value: string) => string {
  return (field, value) => {
    switch (field) {
      case 'categoryCode': {
        const category = categories.get(value);
        return category ? (locale === 'EN' ? category.nameEn : category.name) : value;
      }
      case 'country':
      case 'region':
        return regionTable().label(value, locale);
      case 'certifications':
        return certificationTable().label(value, locale);
      case 'kind':
        return KINDS[locale][value] ?? value;
      case 'verified':
        return VERIFIED[locale][value] ?? value;
      default:
        return value;
    }
  };
}
