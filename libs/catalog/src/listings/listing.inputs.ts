import { ArgsType, Field, Float } from '@nestjs/graphql';
import { IsText, PageArgs } from '@tradebridge/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { PriceRangeInput } from '../shared/price-range.input.js';

// Input fields both kinds of listing have, each declared once (GraphQL field + validation); a kind
// gives only its own description.

/** An optional price range, validated field by field: an offering's price, a need's budget. */
export function PriceRangeField(description?: string): PropertyDecorator {
  return (target, property) => {
    Type(() => PriceRangeInput)(target, property);
    ValidateNested()(target, property);
    IsOptional()(target, property);
    Field(() => PriceRangeInput, { nullable: true, ...(description ? { description } : {}) })(target, property);
  };
}

/** The largest quantity a listing may name (an offering's minimum order, a need's quantity). */
export const MAX_QUANTITY = 1e12;

/** An optional quantity from 0 to MAX_QUANTITY. */
export function QuantityField(): PropertyDecorator {
  return (target, property) => {
    Max(MAX_QUANTITY)(target, property);
    Min(0)(target, property);
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })(target, property);
    IsOptional()(target, property);
    Field(() => Float, { nullable: true })(target, property);
  };
}

const UNIT_DESCRIPTION = 'An OKEI code ("796", "168") or a unit\'s name or short form in Russian or English ("шт.", "pcs", "т", "kg"; the units query)';

/** An optional unit of measure: one line of 1..20 characters (the service maps it to its OKEI code). */
export function UnitField(description = UNIT_DESCRIPTION): PropertyDecorator {
  return (target, property) => {
    IsText({ min: 1, max: 20, singleLine: true })(target, property);
    IsOptional()(target, property);
    Field(() => String, { nullable: true, description })(target, property);
  };
}

/** createX only: publish at once (the default) or keep a draft. */
export function PublishField(description: string): PropertyDecorator {
  return (target, property) => {
    IsBoolean()(target, property);
    IsOptional()(target, property);
    Field(() => Boolean, { nullable: true, defaultValue: true, description })(target, property);
  };
}

/**
 * The page arguments of an organization's listings of one kind, optionally of one status.
 * @example @ArgsType() export class OrganizationNeedsArgs extends StatusPageArgs<NeedStatus>(NeedStatus) {}
 */
export function StatusPageArgs<S>(statusEnum: object) {
  @ArgsType()
  abstract class ListingStatusPageArgs extends PageArgs {
    @Field(() => statusEnum, { nullable: true })
    @IsOptional()
    @IsEnum(statusEnum)
    status?: S | null;
  }
  return ListingStatusPageArgs;
}
