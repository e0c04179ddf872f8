import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, LOGGER, TransactionHost, type AppConfig, type Locale, type Logger } from '@tradebridge/core';
import type { NotificationKind } from '../notification-kind.js';
import { NotificationDelivery } from '../preferences/notification-delivery.js';
import { NotificationPreferenceService } from '../preferences/notification-preference.service.js';
import { MailLinks } from './mail-links.js';
import type { MailMessage } from './mail-message.js';
import { MailOutbox } from './mail-outbox.js';
import { NotificationMailer } from './notification-mailer.js';
import { notificationMails } from './templates/notification-mails.js';

interface DigestItem {
  id: string;
  user_id: string;
  email: string;
  locale: Locale;
  kind: NotificationKind;
  title: string;
  link: string;
}

/** Items listed in one digest; the rest are counted ("and 12 more"). */
export const DIGEST_MAX_ITEMS = 30;
const USERS_PER_TRANSACTION = 200;
const TICK_MS = 60_000;

/**
 * The daily digest: gathers each user's queued items (notifications whose kind they get as
 * DAILY_DIGEST) into one mail. `runDigest` takes items with `FOR UPDATE SKIP LOCKED` and deletes them in
 * the transaction that writes the mails, so concurrent runs never mail an item twice. The schedule:
 * once a day, from MAIL_DIGEST_HOUR_UTC on, one process claims the day in `mail_digest_runs`.
 * @example await app.get(MailDigest).runDigest(); // tests: send the digests now
 */
@Injectable()
export class MailDigest implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<unknown> | undefined;

  constructor(
    private readonly tx: TransactionHost,
    private readonly outbox: MailOutbox,
    private readonly mailer: NotificationMailer,
    private readonly preferences: NotificationPreferenceService,
    private readonly links: MailLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    const tick = () => {
      this.ticking = this.tick(new Date()).catch((error: unknown) => this.logger.warn({ err: error }, 'mail digest: run failed'));
    };
    this.timer = setInterval(tick, TICK_MS);
    this.timer.unref();
    tick();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
  }

  /**
   * Runs the day's digest if `now` is past the digest hour and no process has run it today.
   * Returns the digests written, or null when it was not time (or already done).
   */
  async tick(now: Date): Promise<number | null> {
    if (now.getUTCHours() < this.config.mailDigestHourUtc) return null;
    const day = now.toISOString().slice(0, 10);
    const claimed = await this.tx.rows(`INSERT INTO mail_digest_runs (day) VALUES ($1) ON CONFLICT DO NOTHING RETURNING day`, [day]);
    if (claimed.length === 0) return null;
    const sent = await this.runDigest();
    this.logger.info({ day, digests: sent }, 'mail digest sent');
    return sent;
  }

  /** Writes one digest mail per user with queued items, now. Returns how many. */
  async runDigest(): Promise<number> {
    let total = 0;
    for (;;) {
      const written = await this.tx.run(async () => {
        const items = await this.tx.rows<DigestItem>(
          `DELETE FROM mail_digest_items WHERE id IN (
             SELECT id FROM mail_digest_items
              WHERE user_id IN (SELECT DISTINCT user_id FROM mail_digest_items ORDER BY user_id LIMIT $1)
              ORDER BY id FOR UPDATE SKIP LOCKED)
           RETURNING id, user_id, email, locale, kind, title, link`,
          [USERS_PER_TRANSACTION],
        );
        if (items.length === 0) return 0;
        const mails = await this.digestMails(items);
        await this.outbox.enqueue(mails);
        return mails.length;
      });
      if (written === 0) return total;
      total += written;
    }
  }

  private async digestMails(items: DigestItem[]): Promise<MailMessage[]> {
    const byUser = new Map<string, DigestItem[]>();
    for (const item of items.sort((a, b) => Number(a.id) - Number(b.id))) byUser.set(item.user_id, [...(byUser.get(item.user_id) ?? []), item]);
    const mails: MailMessage[] = [];
    for (const [userId, list] of byUser) {
      // A kind turned off since it was queued is dropped.
      const wanted: DigestItem[] = [];
      for (const kind of new Set(list.map((i) => i.kind))) {
        const delivery = (await this.preferences.deliveryOf([userId], kind)).get(userId);
        if (delivery !== NotificationDelivery.NEVER) wanted.push(...list.filter((i) => i.kind === kind));
      }
      if (wanted.length === 0) continue;
      wanted.sort((a, b) => Number(a.id) - Number(b.id));
      const last = wanted[wanted.length - 1];
      const unsubscribe = this.mailer.unsubscribe(userId, [...new Set(wanted.map((i) => i.kind))]);
      const rendered = notificationMails.digest(last.locale, {
        items: wanted.slice(0, DIGEST_MAX_ITEMS).map((i) => ({ text: i.title, url: i.link })),
        more: Math.max(0, wanted.length - DIGEST_MAX_ITEMS),
        settingsUrl: this.links.notificationSettings(),
        unsubscribeUrl: unsubscribe.url,
      });
      mails.push({ kind: 'notifications.digest', to: last.email, userId, headers: unsubscribe.headers, ...rendered });
    }
    return mails;
  }
}
