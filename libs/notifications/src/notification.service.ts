import { Injectable } from '@nestjs/common';
import { isUuid, paginate, TransactionHost, ValidationFailed, type ConnectionPage, type Locale } from '@tradebridge/core';
import { NotificationMailer, type NotificationMailContent } from './mail/notification-mailer.js';
import type { NotificationKind } from './notification-kind.js';
import { Notification } from './notification.entity.js';
import { titleIn, type NotificationTitle } from './notification-title.js';

/**
 * Who gets a notification: the user and the locale its title is written in; `email` when the user may
 * be mailed about it (a verified address), by their preference for the kind.
 */
export interface NotificationRecipient {
  id: string;
  locale: Locale;
  email?: string | null;
}

/** What a notification says and points at (the owning slices decide later who may open the links). */
export interface NotificationContent {
  title: NotificationTitle;
  needId?: string | null;
  offeringId?: string | null;
  contactRequestId?: string | null;
  /** Mail it too (at once, in the digest or not at all, by each recipient's preference). */
  mail?: NotificationMailContent;
}

export interface NotificationPageArgs {
  unreadOnly?: boolean | null;
  first?: number | null;
  after?: string | null;
}

export const MAX_MARK_READ_IDS = 500;

/**
 * In-app notifications: a sink other slices write to inside their own transaction, and each user's
 * own list. Nobody reads or marks another user's notifications.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly mailer: NotificationMailer,
  ) {}

  /**
   * Stores one notification per recipient (duplicates in `recipients` count once), titled in the
   * recipient's locale. Joins the caller's transaction, so it commits or rolls back with the change
   * it reports. Returns how many were stored.
   * @example await notifications.notifyUsers(members, NotificationKind.CONTACT_REQUEST_RECEIVED,
   *   { title: { RU: 'Новый запрос контакта', EN: 'New contact request' }, contactRequestId: request.id });
   */
  async notifyUsers(recipients: readonly NotificationRecipient[], kind: NotificationKind, content: NotificationContent): Promise<number> {
    const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
    if (unique.length === 0) return 0;
    const repo = this.tx.repo(Notification);
    const rows = unique.map((recipient) =>
      repo.create({
        userId: recipient.id,
        kind,
        title: titleIn(content.title, recipient.locale),
        needId: content.needId ?? null,
        offeringId: content.offeringId ?? null,
        contactRequestId: content.contactRequestId ?? null,
        readAt: null,
      }),
    );
    await repo.insert(rows);
    if (content.mail) await this.mailer.deliver(unique, kind, content.title, content.mail);
    return rows.length;
  }

  /** The user's notifications, newest first; only unread ones when asked. */
  listForUser(userId: string, args: NotificationPageArgs): Promise<ConnectionPage<Notification>> {
    const query = this.tx.repo(Notification).createQueryBuilder('n').where('n.userId = :userId', { userId });
    if (args.unreadOnly) query.andWhere('n.readAt IS NULL');
    return paginate(query, { first: args.first ?? 20, after: args.after });
  }

  /** One COUNT over the partial index of unread notifications. */
  countUnread(userId: string): Promise<number> {
    return this.tx.repo(Notification).createQueryBuilder('n').where('n.userId = :userId AND n.readAt IS NULL', { userId }).getCount();
  }

  /**
   * Marks the user's own unread notifications among `ids` as read and returns how many it newly
   * marked. Ids of other users' notifications, unknown and malformed ids are ignored.
   */
  async markRead(userId: string, ids: readonly string[]): Promise<number> {
    if (ids.length > MAX_MARK_READ_IDS) throw ValidationFailed.field('ids', `must list at most ${MAX_MARK_READ_IDS} ids`);
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return 0;
    const result = await this.tx
      .repo(Notification)
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL AND id IN (:...ids)', { userId, ids: valid })
      .execute();
    return result.affected ?? 0;
  }
}
