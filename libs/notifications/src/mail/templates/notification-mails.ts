import type { Locale } from '@tradebridge/core';
import type { RenderedMail } from '../mail-message.js';
import { renderMail } from './layout.js';

export interface NotificationMailData {
  title: string;
  intro: string | null;
  actionLabel: string;
  url: string;
  settingsUrl: string;
  unsubscribeUrl: string;
}

export interface DigestMailData {
  items: Array<{ text: string; url: string }>;
  /** Items left out of a long digest. */
  more: number;
  settingsUrl: string;
  unsubscribeUrl: string;
}

const footer = {
  RU: (settingsUrl: string, unsubscribeUrl: string) => [
    `Настроить, какие письма присылать: ${settingsUrl}`,
    `Отписаться от таких писем одним нажатием: ${unsubscribeUrl}`,
  ],
  EN: (settingsUrl: string, unsubscribeUrl: string) => [
    `Choose which mails you get: ${settingsUrl}`,
    `Unsubscribe from these mails in one click: ${unsubscribeUrl}`,
  ],
};

/**
 * Notification mails (sent at once, or gathered into the daily digest), in Russian and English, each with
 * a one-click unsubscribe link in the footer (the List-Unsubscribe header is added by the sender).
 */
export const notificationMails = {
  notification(locale: Locale, d: NotificationMailData): RenderedMail {
    return renderMail(
      {
        subject: d.title,
        paragraphs: d.intro ? [d.title, d.intro] : [d.title],
        action: { label: d.actionLabel, url: d.url },
        footer: footer[locale](d.settingsUrl, d.unsubscribeUrl),
      },
      locale,
    );
  },

  digest(locale: Locale, d: DigestMailData): RenderedMail {
    const count = d.items.length + d.more;
    const ru = locale === 'RU';
    return renderMail(
      {
        subject: ru ? `TradeBridge: новое за день (${count})` : `TradeBridge: today's news (${count})`,
        paragraphs: [ru ? 'Что нового для вашей организации за последние сутки:' : 'What is new for your organization since yesterday:'],
        items: d.items,
        afterAction: d.more > 0 ? [ru ? `И ещё ${d.more} — смотрите уведомления на сайте.` : `And ${d.more} more: see your notifications on the site.`] : [],
        footer: footer[locale](d.settingsUrl, d.unsubscribeUrl),
      },
      locale,
    );
  },
};
