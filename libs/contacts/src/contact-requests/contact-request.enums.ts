import { registerEnumType } from '@nestjs/graphql';

export enum ContactRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Seen from the caller's organization: requests it received, or requests it sent. */
export enum ContactDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}

registerEnumType(ContactRequestStatus, { name: 'ContactRequestStatus' });
registerEnumType(ContactDirection, { name: 'ContactDirection' });
