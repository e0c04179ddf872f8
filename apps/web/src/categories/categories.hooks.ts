import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CategoryLevelDocument, CategoryPathDocument, SearchCategoriesDocument } from '../gql/graphql';
import { hasTradeCode } from './category-code';

export const useCategoryLevel = (parentCode: string | null) => useQuery(CategoryLevelDocument, { variables: { parentCode }, fetchPolicy: 'cache-first' });
export const useCategoryPath = (code: string | null) => useQuery(CategoryPathDocument, code ? { variables: { code }, fetchPolicy: 'cache-first' } : skipToken);
export const useSearchCategories = (query: string) =>
  useQuery(SearchCategoriesDocument, query.trim() ? { variables: { query: query.trim(), first: 20 }, fetchPolicy: 'cache-first' } : skipToken);

/** "87.04 · its name" (or with another separator), or the name alone for a service or partnership category. */
export function useCategoryLabel(): (category: { code: string; name: string; nameEn: string }, separator?: string) => string {
  const name = useCategoryName();
  return (category, separator = ' · ') => (hasTradeCode(category.code) ? `${category.code}${separator}${name(category)}` : name(category));
}

/** A category's name in the page language. */
export function useCategoryName(): (category: { name: string; nameEn: string } | null | undefined) => string {
  const { i18n } = useTranslation();
  return (category) => (category ? (i18n.language === 'en' ? category.nameEn : category.name) : '');
}
