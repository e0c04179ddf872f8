import { registerEnumType } from '@nestjs/graphql';
import { Country } from '@tradebridge/reference';

// The contract's enums, registered once here (Country in @tradebridge/reference, where regions name
// their country); other slices import them from @tradebridge/identity (registering the same GraphQL
// name twice breaks the schema).

export { Country };

export enum Locale {
  RU = 'RU',
  EN = 'EN',
}

export enum MembershipRole {
  OWNER = 'OWNER',
  MEMBER = 'MEMBER',
}

export enum PlatformRole {
  USER = 'USER',
  ADMIN = 'ADMIN',
}

registerEnumType(Locale, { name: 'Locale' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(PlatformRole, { name: 'PlatformRole' });
