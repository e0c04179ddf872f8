import { useTranslation } from 'react-i18next';

/** Region names (stored in English, e.g. "Vladimir Oblast"), units ("pcs") and countries in the page language. */
export function useLabels() {
  const { t, i18n } = useTranslation('common');
  return {
    region: (name: string) => (i18n.exists(`regions.${name}`, { ns: 'common' }) ? t(`regions.${name}`) : name),
    unit: (code: string | null | undefined) => (code ? (i18n.exists(`units.${code}`, { ns: 'common' }) ? t(`units.${code}`) : code) : ''),
    /** "за шт.", "per set"; "/ box" for a unit the app does not know. */
    perUnit: (code: string) => (i18n.exists(`unitsPer.${code}`, { ns: 'common' }) ? t(`unitsPer.${code}`) : `/ ${code}`),
    country: (code: string) => t(`countries.${code}`),
  };
}

/** The regions the forms offer (the API stores these English names; the matching knows them in both languages). */
export const KNOWN_REGIONS: Record<'RU' | 'BY', string[]> = {
  RU: [
    'Vladimir Oblast',
    'Moscow',
    'Moscow Oblast',
    'Ivanovo Oblast',
    'Yaroslavl Oblast',
    'Kostroma Oblast',
    'Nizhny Novgorod Oblast',
    'Ryazan Oblast',
    'Tver Oblast',
    'Tula Oblast',
    'Kaluga Oblast',
    'Smolensk Oblast',
  ],
  BY: ['Minsk', 'Minsk Region', 'Brest Region', 'Gomel Region', 'Grodno Region', 'Mogilev Region', 'Vitebsk Region'],
};

export const UNITS = ['pcs', 't', 'kg', 'm', 'm2', 'm3', 'l', 'set', 'service'];
