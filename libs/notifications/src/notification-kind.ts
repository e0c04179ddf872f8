import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about (the contract's NotificationKind; the table's CHECK lists the same). */
export enum NotificationKind {
  NEW_MATCH = 'NEW_MATCH',
  CONTACT_REQUEST_RECEIVED = 'CONTACT_REQUEST_RECEIVED',
  CONTACT_REQUEST_ACCEPTED = 'CONTACT_REQUEST_ACCEPTED',
  CONTACT_REQUEST_DECLINED = 'CONTACT_REQUEST_DECLINED',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
