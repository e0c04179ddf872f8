import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, TransactionHost, ValidationFailed, type AppConfig } from '@tradebridge/core';
import type { NotificationKind } from '../notification-kind.js';
import { ALL_KINDS, DEFAULT_DELIVERY, NotificationDelivery } from './notification-delivery.js';
import type { NotificationPreference } from './notification-preference.type.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

/** Per user and kind: how notifications are mailed (defaults: DEFAULT_DELIVERY); one-click unsubscribe. */
@Injectable()
export class NotificationPreferenceService {
  readonly tokens: UnsubscribeTokens;

  constructor(
    private readonly tx: TransactionHost,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.tokens = new UnsubscribeTokens(config.jwtSecret);
  }

  /** Every kind with the user's choice or the default, in the enum's order. */
  async list(userId: string): Promise<NotificationPreference[]> {
    const chosen = (await this.forUsers([userId])).get(userId);
    return ALL_KINDS.map((kind) => ({ kind, delivery: chosen?.get(kind) ?? DEFAULT_DELIVERY[kind] }));
  }

  /** The delivery of `kind` for each user (one query). */
  async deliveryOf(userIds: readonly string[], kind: NotificationKind): Promise<Map<string, NotificationDelivery>> {
    const chosen = await this.forUsers(userIds);
    return new Map(userIds.map((id) => [id, chosen.get(id)?.get(kind) ?? DEFAULT_DELIVERY[kind]]));
  }

  async set(userId: string, preferences: ReadonlyArray<{ kind: NotificationKind; delivery: NotificationDelivery }>): Promise<NotificationPreference[]> {
    const kinds = preferences.map((p) => p.kind);
    const twice = kinds.find((kind, i) => kinds.indexOf(kind) !== i);
    if (twice) throw ValidationFailed.field('preferences', `lists ${twice} twice`);
    if (preferences.length > 0) {
      await this.tx.manager.query(
        `INSERT INTO notification_preferences (user_id, kind, delivery)
         SELECT $1, * FROM unnest($2::text[], $3::text[])
         ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
        [userId, kinds, preferences.map((p) => p.delivery)],
      );
    }
    return this.list(userId);
  }

  /** Turns the token's kinds off for its user without signing in; BAD_USER_INPUT for a token we did not sign. */
  async unsubscribe(token: string): Promise<NotificationPreference[]> {
    const parsed = this.tokens.verify(token.trim());
    if (!parsed) throw ValidationFailed.field('token', 'is not a valid unsubscribe link; open the link from the mail again or change your settings after signing in');
    try {
      await this.set(parsed.userId, parsed.kinds.map((kind) => ({ kind, delivery: NotificationDelivery.NEVER })));
    } catch (error) {
      // The account was deleted since the mail went out (the foreign key refuses the row).
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
        throw ValidationFailed.field('token', 'belongs to an account that no longer exists');
      }
      throw error;
    }
    const all = await this.list(parsed.userId);
    return all.filter((p) => parsed.kinds.includes(p.kind));
  }

  private async forUsers(userIds: readonly string[]): Promise<Map<string, Map<NotificationKind, NotificationDelivery>>> {
    const map = new Map<string, Map<NotificationKind, NotificationDelivery>>();
    if (userIds.length === 0) return map;
    const rows: Array<{ user_id: string; kind: NotificationKind; delivery: NotificationDelivery }> = await this.tx.manager.query(
      `SELECT user_id, kind, delivery FROM notification_preferences WHERE user_id = ANY($1::uuid[])`,
      [[...new Set(userIds)]],
    );
    for (const row of rows) {
      const user = map.get(row.user_id) ?? new Map();
      user.set(row.kind, row.delivery);
      map.set(row.user_id, user);
    }
    return map;
  }
}
