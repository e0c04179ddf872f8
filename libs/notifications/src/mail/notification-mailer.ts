import { Injectable } from '@nestjs/common';
import { TransactionHost, type Locale } from '@tradebridge/core';
import type { NotificationKind } from '../notification-kind.js';
import { titleIn, type NotificationTitle } from '../notification-title.js';
import { NotificationDelivery } from '../preferences/notification-delivery.js';
import { NotificationPreferenceService } from '../preferences/notification-preference.service.js';
import { MailLinks } from './mail-links.js';
import type { MailMessage } from './mail-message.js';
import { MailOutbox } from './mail-outbox.js';
import { notificationMails } from './templates/notification-mails.js';

/** What a notification's mail says beyond its title: a paragraph and where its button leads. */
export interface NotificationMailContent {
  intro?: NotificationTitle | null;
  /** A path of the web app, e.g. `/contact-requests/<id>`. */
  path: string;
  actionLabel: NotificationTitle;
}

/** A recipient that may be mailed: `email` is a verified address (callers pass none otherwise). */
export interface MailRecipient {
  id: string;
  locale: Locale;
  email?: string | null;
}

/**
 * Mails notifications by each recipient's preference for the kind: INSTANT writes a mail-outbox row,
 * DAILY_DIGEST a digest item, NEVER nothing. Runs in the caller's transaction, like the notification.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly tx: TransactionHost,
    private readonly preferences: NotificationPreferenceService,
    private readonly outbox: MailOutbox,
    private readonly links: MailLinks,
  ) {}

  async deliver(recipients: readonly MailRecipient[], kind: NotificationKind, title: NotificationTitle, mail: NotificationMailContent): Promise<void> {
    const mailable = recipients.filter((r): r is MailRecipient & { email: string } => Boolean(r.email));
    if (mailable.length === 0) return;
    const delivery = await this.preferences.deliveryOf(mailable.map((r) => r.id), kind);
    const url = this.links.to(mail.path);
    const instant: MailMessage[] = [];
    const digest: Array<[string, string, Locale, string, string, string]> = [];
    for (const r of mailable) {
      const how = delivery.get(r.id);
      const heading = titleIn(title, r.locale);
      if (how === NotificationDelivery.INSTANT) instant.push(this.instantMail(r, kind, heading, mail, url));
      else if (how === NotificationDelivery.DAILY_DIGEST) digest.push([r.id, r.email, r.locale, kind, heading, url]);
    }
    await this.outbox.enqueue(instant);
    if (digest.length > 0) {
      await this.tx.manager.query(
        `INSERT INTO mail_digest_items (user_id, email, locale, kind, title, link)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        [0, 1, 2, 3, 4, 5].map((i) => digest.map((row) => row[i])),
      );
    }
  }

  /** The List-Unsubscribe headers (RFC 2369, one-click per RFC 8058) and the footer link, for `kinds` of `userId`. */
  unsubscribe(userId: string, kinds: readonly NotificationKind[]): { headers: Record<string, string>; url: string } {
    const token = this.preferences.tokens.sign(userId, kinds);
    return {
      url: this.links.unsubscribe(token),
      headers: { 'List-Unsubscribe': `<${this.links.oneClickUnsubscribe(token)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }

  private instantMail(r: MailRecipient & { email: string }, kind: NotificationKind, heading: string, mail: NotificationMailContent, url: string): MailMessage {
    const unsubscribe = this.unsubscribe(r.id, [kind]);
    const rendered = notificationMails.notification(r.locale, {
      title: heading,
      intro: mail.intro ? titleIn(mail.intro, r.locale) : null,
      actionLabel: titleIn(mail.actionLabel, r.locale),
      url,
      settingsUrl: this.links.notificationSettings(),
      unsubscribeUrl: unsubscribe.url,
    });
    return { kind: `notifications.${kind.toLowerCase()}`, to: r.email, userId: r.id, headers: unsubscribe.headers, ...rendered };
  }
}
