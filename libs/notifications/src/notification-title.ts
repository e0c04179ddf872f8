import type { Locale } from '@tradebridge/core';

/** A text in each locale the platform speaks. */
export type LocalizedText = Record<Locale, string>;

/** A notification title: the same text in every locale, or a function of the recipient's locale. */
export type NotificationTitle = LocalizedText | ((locale: Locale) => string);

export const MAX_TITLE_LENGTH = 300;

/**
 * The title in `locale` (Russian when that locale is missing), on one line and at most
 * MAX_TITLE_LENGTH characters (cut with an ellipsis).
 * @example titleIn({ RU: 'Новый запрос', EN: 'New request' }, 'EN') // 'New request'
 */
export function titleIn(title: NotificationTitle, locale: Locale): string {
  const text = typeof title === 'function' ? title(locale) : (title[locale] ?? title.RU);
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= MAX_TITLE_LENGTH ? line : chars.slice(0, MAX_TITLE_LENGTH - 1).join('') + '…';
}
