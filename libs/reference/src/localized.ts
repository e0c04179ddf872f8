import type { Locale, LocalizedName } from '@tradebridge/core';

/** The name in `locale` (Russian unless English is asked for). */
export function inLocale(name: LocalizedName, locale: Locale): string {
  return locale === 'EN' ? name.en : name.ru;
}

/** Sorts by text the way readers of `locale` expect ("Ё" with "Е"). */
export function collatorOf(locale: Locale): Intl.Collator {
  return new Intl.Collator(locale === 'EN' ? 'en' : 'ru', { sensitivity: 'base', numeric: true });
}
