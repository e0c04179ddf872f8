import { ArgsType, Field, Float, InputType } from '@nestjs/graphql';
import { IsText, PageArgs } from '@tradebridge/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { NeedStatus } from '../shared/catalog.enums.js';
import { IsListingDate, IsTextList } from '../shared/listing.validators.js';
import { ListingTextInput } from '../shared/listing-text.input.js';
import { PriceRangeInput } from '../shared/price-range.input.js';

export const MAX_NEED_QUANTITY = 1e12;

@InputType('NeedInput')
export class NeedInput extends ListingTextInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(0)
  @Max(MAX_NEED_QUANTITY)
  quantity?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ min: 1, max: 20, singleLine: true })
  unit?: string | null;

  @Field(() => PriceRangeInput, { nullable: true, description: 'per unit, like an offering price' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceRangeInput)
  budget?: PriceRangeInput | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsListingDate()
  neededBy?: Date | null;

  @Field(() => String, { description: 'e.g. "Vladimir Oblast"' })
  @IsText({ min: 2, max: 100, singleLine: true })
  deliveryRegion: string;

  @Field(() => [String], { nullable: true, description: 'e.g. "EAC"; at most 20' })
  @IsOptional()
  @IsTextList({ maxItems: 20, maxLength: 50 })
  requiredCertifications?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'createNeed only: open at once (true) or keep a draft. updateNeed keeps the status; use setNeedStatus.',
  })
  @IsOptional()
  @IsBoolean()
  publish?: boolean | null;
}

@ArgsType()
export class OrganizationNeedsArgs extends PageArgs {

  @Field(() => NeedStatus, { nullable: true })
  @IsOptional()
  @IsEnum(NeedStatus)
  status?: NeedStatus | null;
}
