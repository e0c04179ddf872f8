import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '@tradebridge/core';
import { Currency } from './catalog.enums.js';

@ObjectType()
export class PriceRange {
  @Field(() => DecimalScalar, { nullable: true }) min: string | null;
  @Field(() => DecimalScalar, { nullable: true }) max: string | null;
  @Field(() => Currency) currency: Currency;
}

/** The PriceRange of stored columns, or null when no price was given. */
export function priceRangeOf(min: string | null, max: string | null, currency: Currency | null): PriceRange | null {
  return currency ? { min, max, currency } : null;
}
