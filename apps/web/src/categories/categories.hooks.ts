import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CategoryLevelDocument, CategoryPathDocument, SearchCategoriesDocument } from '../gql/graphql';

export const useCategoryLevel = (parentCode: string | null) => useQuery(CategoryLevelDocument, { variables: { parentCode }, fetchPolicy: 'cache-first' });
export const useCategoryPath = (code: string | null) => useQuery(CategoryPathDocument, code ? { variables: { code }, fetchPolicy: 'cache-first' } : skipToken);
export const useSearchCategories = (query: string) =>
  useQuery(SearchCategoriesDocument, query.trim() ? { variables: { query: query.trim(), first: 20 }, fetchPolicy: 'cache-first' } : skipToken);

/** A category's name in the page language. */
export function useCategoryName(): (category: { name: string; nameEn: string } | null | undefined) => string {
  const { i18n } = useTranslation();
  return (category) => (category ? (i18n.language === 'en' ? category.nameEn : category.name) : '');
}
