import { useTranslation } from 'react-i18next';
import { useReference } from '../reference/reference.hooks';

/**
 * Regions, units and countries in the page language. Regions and units are codes (ISO 3166-2, OKEI) looked up
 * in the reference tables; a text the tables do not know (a label the API already wrote in the reader's
 * language) is shown as it is.
 */
export function useLabels() {
  const { t } = useTranslation('common');
  const reference = useReference();
  return {
    region: reference.regionName,
    unit: (code: string | null | undefined) => reference.unitShort(code) ?? '',
    /** "за шт", "per t". */
    perUnit: (code: string) => t('perUnit', { unit: reference.unitShort(code) }),
    country: (code: string) => t(`countries.${code}`),
  };
}
