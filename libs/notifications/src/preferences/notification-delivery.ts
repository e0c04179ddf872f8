import { registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '../notification-kind.js';

/** How a user gets mail about one kind of notification (the in-app notification is always stored). */
export enum NotificationDelivery {
  INSTANT = 'INSTANT',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}

registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'Mail for a kind of notification: at once, gathered in the daily digest, or never',
});

/** Contact requests are mailed at once; new matches come in the daily digest. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  [NotificationKind.NEW_MATCH]: NotificationDelivery.DAILY_DIGEST,
  [NotificationKind.CONTACT_REQUEST_RECEIVED]: NotificationDelivery.INSTANT,
  [NotificationKind.CONTACT_REQUEST_ACCEPTED]: NotificationDelivery.INSTANT,
  [NotificationKind.CONTACT_REQUEST_DECLINED]: NotificationDelivery.INSTANT,
};

export const ALL_KINDS = Object.values(NotificationKind);
