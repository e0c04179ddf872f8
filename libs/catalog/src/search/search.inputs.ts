import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DecimalScalar, IsMoney, IsText } from '@tradebridge/core';
import { Country } from '@tradebridge/identity';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Currency, OfferingKind } from '../shared/catalog.enums.js';

// Regions are codes or names of known regions (anything else is refused with suggestions); a
// certification the index does not know simply matches nothing. The filter builder escapes every value.
const LIST = 50;
const REGIONS = 'Codes ("RU-VLA") or names in Russian or English of regions or groups ("RU-CFD", "RU", "EAEU"; the regions query)';

/** What every listing filter has (OfferingFilter and NeedFilter extend it). */
@InputType({ isAbstract: true })
export abstract class ListingFilter {
  @Field(() => [String], { nullable: true, description: 'A code matches its whole subtree' })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsText({ min: 1, max: 100, singleLine: true }, { each: true })
  categoryCodes?: string[] | null;

  @Field(() => [Country], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsEnum(Country, { each: true, message: 'must be BY or RU' })
  countries?: Country[] | null;

  @Field(() => [String], { nullable: true, description: `The organization's region. ${REGIONS}; a group means the regions inside it` })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsText({ min: 1, max: 200, singleLine: true }, { each: true })
  regions?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsText({ min: 1, max: 100, singleLine: true })
  organizationId?: string | null;
}

@InputType()
export class OfferingFilter extends ListingFilter {
  @Field(() => [String], { nullable: true, description: `Offerings delivering to one of these. ${REGIONS}; delivery to a group containing it counts` })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsText({ min: 1, max: 200, singleLine: true }, { each: true })
  deliveryRegions?: string[] | null;

  @Field(() => [OfferingKind], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsEnum(OfferingKind, { each: true })
  kinds?: OfferingKind[] | null;

  @Field(() => [String], { nullable: true, description: 'All of them required: codes or names ("EAC", "ISO 9001"); an EAEU declaration or certificate counts for "EAC"' })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsText({ min: 1, max: 100, singleLine: true }, { each: true })
  certifications?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0) @Max(3650)
  maxLeadTimeDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Compared with the offering's lowest price; needs currency" })
  @IsOptional() @IsMoney()
  maxPrice?: string | null;

  @Field(() => Currency, { nullable: true })
  @IsOptional() @IsEnum(Currency)
  currency?: Currency | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional() @IsBoolean()
  verifiedOnly?: boolean | null;
}

@InputType()
export class NeedFilter extends ListingFilter {
  @Field(() => [String], { nullable: true, description: `Needs to be delivered inside one of these. ${REGIONS}` })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsText({ min: 1, max: 200, singleLine: true }, { each: true })
  deliveryRegions?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Needs wanted on or after this moment (or without a deadline)' })
  @IsOptional()
  neededAfter?: Date | null;
}
