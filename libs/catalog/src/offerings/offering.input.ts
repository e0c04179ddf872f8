import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PriceRangeField, PublishField, QuantityField, StatusPageArgs, UnitField } from '../listings/listing.inputs.js';
import { ListingStatus, OfferingKind } from '../shared/catalog.enums.js';
import { IsListingDate, IsTextList } from '../shared/listing.validators.js';
import { ListingTextInput } from '../shared/listing-text.input.js';
import { PriceRangeInput } from '../shared/price-range.input.js';

export const MAX_LEAD_TIME_DAYS = 3650;

@InputType('OfferingInput')
export class OfferingInput extends ListingTextInput {
  @Field(() => OfferingKind)
  @IsEnum(OfferingKind, { message: 'must be PRODUCT, SERVICE or PARTNERSHIP' })
  kind: OfferingKind;

  @PriceRangeField()
  price?: PriceRangeInput | null;

  @QuantityField()
  minOrderQuantity?: number | null;

  @UnitField()
  unit?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_LEAD_TIME_DAYS)
  leadTimeDays?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Codes or names of known certifications ("EAC", "ISO 9001", "ГОСТ Р"; the certifications query), or any other mark (kept in canonical form); at most 20',
  })
  @IsOptional()
  @IsTextList({ maxItems: 20, maxLength: 50 })
  certifications?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Region codes ("RU-VLA") or groups ("RU-CFD", "RU", "EAEU"), or their names in Russian or English (the regions query); at most 50',
  })
  @IsOptional()
  @IsTextList({ maxItems: 50, maxLength: 100 })
  deliveryRegions?: string[] | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsListingDate()
  validUntil?: Date | null;

  @PublishField('createOffering only: publish at once (true) or keep a draft. updateOffering keeps the status; use setOfferingStatus.')
  publish?: boolean | null;
}

@ArgsType()
export class OrganizationOfferingsArgs extends StatusPageArgs<ListingStatus>(ListingStatus) {}
