import { registerEnumType } from '@nestjs/graphql';

export enum OfferingKind {
  PRODUCT = 'PRODUCT',
  SERVICE = 'SERVICE',
  PARTNERSHIP = 'PARTNERSHIP',
}
export enum ListingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
export enum NeedStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  FULFILLED = 'FULFILLED',
}
export enum Currency {
  BYN = 'BYN',
  RUB = 'RUB',
  USD = 'USD',
  EUR = 'EUR',
  CNY = 'CNY',
}

registerEnumType(OfferingKind, { name: 'OfferingKind' });
registerEnumType(ListingStatus, { name: 'ListingStatus' });
registerEnumType(NeedStatus, { name: 'NeedStatus' });
registerEnumType(Currency, { name: 'Currency' });
