import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ReferenceDataDocument, type Country } from '../gql/graphql';
import {
  certificationCodeOf,
  certificationName,
  certificationNames,
  deliveryRegionOptions,
  regionName,
  regionOptions,
  unitAfter,
  unitOptions,
  type ReferenceLanguage,
} from './reference-options';

/**
 * Regions, units and certifications in the page language: labels for codes, and the pickers' options.
 * The tables change only with a release, so the query is read from the cache once it is there.
 */
export function useReference() {
  const { t, i18n } = useTranslation('common');
  const { data, loading } = useQuery(ReferenceDataDocument, { fetchPolicy: 'cache-first' });
  const language: ReferenceLanguage = i18n.language === 'en' ? 'en' : 'ru';
  return useMemo(
    () => ({
      loading: loading && !data,
      regionName: (code: string) => regionName(data, code, language),
      certificationName: (code: string) => certificationName(data, code, language),
      unitAfter: (code: string | null | undefined, amount: number | null) => unitAfter(data, code, amount, language),
      regionOptions: (country: Country) => regionOptions(data, country, language),
      deliveryRegionOptions: () => deliveryRegionOptions(data, language, { areas: t('reference.areas'), countryName: (c) => t(`countries.${c}`) }),
      unitOptions: () => unitOptions(data, language),
      certificationNames: () => certificationNames(data, language),
      certificationCodeOf: (text: string) => certificationCodeOf(data, text),
    }),
    [data, loading, language, t],
  );
}
