import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface MoneyRange {
  min?: string | null;
  max?: string | null;
  currency: string;
}

const LOCALES: Record<string, string> = { ru: 'ru-RU', en: 'en-GB' };

/** Intl formatters for the page language (numbers, money, dates), memoised per language. */
export function makeFormat(language: string) {
  const locale = LOCALES[language] ?? 'ru-RU';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const currencies = new Map<string, Intl.NumberFormat>();
  const currency = (code: string) => {
    let format = currencies.get(code);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency: code, maximumFractionDigits: 0, minimumFractionDigits: 0 });
      currencies.set(code, format);
    }
    return format;
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    locale,
    number: (value: number) => number.format(value),
    percent: (value: number) => percent.format(value),
    money: (amount: string | number, code: string) => currency(code).format(Number(amount)),
    /** "118 000 000 – 135 000 000 ₽", "from 1 150 000 ₽", "up to 21 000 000 ₽"; null without amounts. */
    moneyRange(range: MoneyRange | null | undefined, words: { from: string; upTo: string }): string | null {
      if (!range || (!range.min && !range.max)) return null;
      if (range.min && range.max) {
        return range.min === range.max ? currency(range.currency).format(Number(range.min)) : currency(range.currency).formatRange(Number(range.min), Number(range.max));
      }
      return range.min ? `${words.from} ${currency(range.currency).format(Number(range.min))}` : `${words.upTo} ${currency(range.currency).format(Number(range.max))}`;
    },
    /** A calendar day (deadlines are days: shown in UTC, as the API stores them). */
    date: (iso: string) => date.format(new Date(iso)),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
  };
}

export type Format = ReturnType<typeof makeFormat>;

/** @example const f = useFormat(); f.money('125000.00', 'RUB') // "125 000 ₽" */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormat(i18n.language), [i18n.language]);
}
