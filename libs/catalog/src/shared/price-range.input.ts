import { Field, InputType } from '@nestjs/graphql';
import { DecimalScalar, IsMoney } from '@tradebridge/core';
import { IsEnum, IsOptional } from 'class-validator';
import { Currency } from './catalog.enums.js';
import { IsNotBelow } from './listing.validators.js';
import { normalizeMoney } from './money.js';

@InputType('PriceRangeInput')
export class PriceRangeInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'e.g. "350000" or "350000.50"; at most 2 decimals' })
  @IsOptional()
  @IsMoney()
  min?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'not less than min' })
  @IsOptional()
  @IsMoney()
  @IsNotBelow('min')
  max?: string | null;

  @Field(() => Currency)
  @IsEnum(Currency, { message: 'must be one of BYN, RUB, USD, EUR, CNY' })
  currency: Currency;
}

/** The stored columns of a validated price range (amounts in the two-decimal form), all null without one. */
export function priceColumnsOf(input: PriceRangeInput | null | undefined): { min: string | null; max: string | null; currency: Currency | null } {
  if (!input) return { min: null, max: null, currency: null };
  return {
    min: input.min == null ? null : normalizeMoney(input.min),
    max: input.max == null ? null : normalizeMoney(input.max),
    currency: input.currency,
  };
}
