import { registerEnumType } from '@nestjs/graphql';

// The contract's Country enum is registered here, below identity, so reference types (a region's
// country) can name it; identity re-exports it for the slices that import it from there.
export enum Country {
  BY = 'BY',
  RU = 'RU',
}

registerEnumType(Country, { name: 'Country', description: 'BY (Belarus) or RU (Russia)' });
