import { registerEnumType } from '@nestjs/graphql';

// The contract's enums, registered once here; other slices import them from @tradebridge/identity
// (registering the same GraphQL name twice breaks the schema).

export enum Country {
  BY = 'BY',
  RU = 'RU',
}

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

registerEnumType(Country, { name: 'Country', description: 'BY (Belarus) or RU (Russia)' });
registerEnumType(Locale, { name: 'Locale' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(PlatformRole, { name: 'PlatformRole' });
