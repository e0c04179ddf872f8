import { useTranslation } from 'react-i18next';
import { useReference } from '../reference/reference.hooks';
import { useFormat } from './format';

/**
 * Regions, units and countries in the page language. Regions and units are codes (ISO 3166-2, OKEI) looked up
 * in the reference tables; a text the tables do not know (a label the API already wrote in the reader's
 * language) is shown as it is.
 */
export function useLabels() {
  const { t } = useTranslation('common');
  const reference = useReference();
  const format = useFormat();
  return {
    region: reference.regionName,
    /** "10 шт", "1 piece", "10 pcs"; the amount alone without a unit. */
    quantity: (amount: number, code: string | null | undefined) => `${format.number(amount)} ${reference.unitAfter(code, amount) ?? ''}`.trim(),
    /** "за шт", "per piece". */
    perUnit: (code: string) => t('perUnit', { unit: reference.unitAfter(code, null) }),
    country: (code: string) => t(`countries.${code}`),
  };
}
