import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsText, PageArgs } from '@tradebridge/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ListingStatus, OfferingKind } from '../shared/catalog.enums.js';
import { IsListingDate, IsTextList } from '../shared/listing.validators.js';
import { ListingTextInput } from '../shared/listing-text.input.js';
import { PriceRangeInput } from '../shared/price-range.input.js';

export const MAX_LEAD_TIME_DAYS = 3650;
export const MAX_QUANTITY = 1e12;

@InputType('OfferingInput')
export class OfferingInput extends ListingTextInput {
  @Field(() => OfferingKind)
  @IsEnum(OfferingKind, { message: 'must be PRODUCT, SERVICE or PARTNERSHIP' })
  kind: OfferingKind;

  @Field(() => PriceRangeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceRangeInput)
  price?: PriceRangeInput | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(0)
  @Max(MAX_QUANTITY)
  minOrderQuantity?: number | null;

  @Field(() => String, { nullable: true, description: '"pcs", "t", "m3", "set", "service"...' })
  @IsOptional()
  @IsText({ min: 1, max: 20, singleLine: true })
  unit?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_LEAD_TIME_DAYS)
  leadTimeDays?: number | null;

  @Field(() => [String], { nullable: true, description: 'e.g. "EAC", "ISO 9001"; at most 20' })
  @IsOptional()
  @IsTextList({ maxItems: 20, maxLength: 50 })
  certifications?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'at most 50' })
  @IsOptional()
  @IsTextList({ maxItems: 50, maxLength: 100 })
  deliveryRegions?: string[] | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsListingDate()
  validUntil?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'createOffering only: publish at once (true) or keep a draft. updateOffering keeps the status; use setOfferingStatus.',
  })
  @IsOptional()
  @IsBoolean()
  publish?: boolean | null;
}

@ArgsType()
export class OrganizationOfferingsArgs extends PageArgs {

  @Field(() => ListingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ListingStatus)
  status?: ListingStatus | null;
}
