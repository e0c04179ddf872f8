import type { Locale } from '@tradebridge/core';

/** "1 день", "2 дня", "5 дней"; "1 day", "5 days". */
export function daysText(n: number, locale: Locale): string {
  if (locale === 'EN') return `${n} ${n === 1 ? 'day' : 'days'}`;
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word = mod10 === 1 && mod100 !== 11 ? 'день' : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'дня' : 'дней';
  return `${n} ${word}`;
}

const NUMBER_LOCALES: Record<Locale, string> = { RU: 'ru-RU', EN: 'en-GB' };

/**
 * An amount of money as the web app's pages write it next to the reason (the same Intl locales):
 * "118 000 000 ₽", "RUB 118,000,000", "€104,000"; two decimals only when there are cents.
 */
export function moneyText(value: number, currency: string, locale: Locale): string {
  const cents = Math.round(Math.abs(value) * 100) % 100 !== 0;
  return new Intl.NumberFormat(NUMBER_LOCALES[locale], { style: 'currency', currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 }).format(value);
}

const DAY_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  RU: new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  EN: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** The calendar day in UTC as a reader writes it: "1 сентября 2027 г." (RU) / "1 September 2027" (EN). */
export function dayText(date: Date, locale: Locale): string {
  return DAY_FORMATS[locale].format(date);
}

/** At most `max` characters, cut at a word with "…". */
export function shorten(text: string, max = 60): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return text.trim();
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/[\s,;:.-]+\S*$/u, '');
  return (atWord.length >= max / 2 ? atWord : cut) + '…';
}
