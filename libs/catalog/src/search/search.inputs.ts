import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DecimalScalar, IsMoney, IsText } from '@tradebridge/core';
import { Country } from '@tradebridge/identity';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Currency, OfferingKind } from '../shared/catalog.enums.js';

// Values are free text on purpose (a region or a certification the index does not know simply matches
// nothing); the filter builder escapes every one of them.
const LIST = 50;

/** What every listing filter has (OfferingFilter and NeedFilter extend it). */
@InputType({ isAbstract: true })
export abstract class ListingFilter {
  @Field(() => [String], { nullable: true, description: 'A code matches its whole subtree' })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsText({ min: 1, max: 100, singleLine: true }, { each: true })
  categoryCodes?: string[] | null;

  @Field(() => [Country], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsEnum(Country, { each: true, message: 'must be BY or RU' })
  countries?: Country[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsText({ min: 1, max: 200, singleLine: true }, { each: true })
  regions?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsText({ min: 1, max: 100, singleLine: true })
  organizationId?: string | null;
}

@InputType()
export class OfferingFilter extends ListingFilter {
  @Field(() => [OfferingKind], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(LIST) @IsEnum(OfferingKind, { each: true })
  kinds?: OfferingKind[] | null;

  @Field(() => [String], { nullable: true, description: 'All of them required' })
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
  @Field(() => Date, { nullable: true, description: 'Needs wanted on or after this moment (or without a deadline)' })
  @IsOptional()
  neededAfter?: Date | null;
}
