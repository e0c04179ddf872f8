import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsText } from '@tradebridge/core';
import { IsOptional } from 'class-validator';
import { PriceRangeField, PublishField, QuantityField, StatusPageArgs, UnitField } from '../listings/listing.inputs.js';
import { NeedStatus } from '../shared/catalog.enums.js';
import { IsListingDate, IsTextList } from '../shared/listing.validators.js';
import { ListingTextInput } from '../shared/listing-text.input.js';
import { PriceRangeInput } from '../shared/price-range.input.js';

@InputType('NeedInput')
export class NeedInput extends ListingTextInput {
  @QuantityField()
  quantity?: number | null;

  @UnitField()
  unit?: string | null;

  @PriceRangeField('per unit, like an offering price')
  budget?: PriceRangeInput | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsListingDate()
  neededBy?: Date | null;

  @Field(() => String, { description: 'A region code ("RU-VLA") or group, or its name in Russian or English ("Владимирская обл.", "Vladimir Oblast")' })
  @IsText({ min: 2, max: 100, singleLine: true })
  deliveryRegion: string;

  @Field(() => [String], { nullable: true, description: 'Codes or names of known certifications ("EAC"), or any other mark; at most 20' })
  @IsOptional()
  @IsTextList({ maxItems: 20, maxLength: 50 })
  requiredCertifications?: string[] | null;

  @PublishField('createNeed only: open at once (true) or keep a draft. updateNeed keeps the status; use setNeedStatus.')
  publish?: boolean | null;
}

@ArgsType()
export class OrganizationNeedsArgs extends StatusPageArgs<NeedStatus>(NeedStatus) {}
