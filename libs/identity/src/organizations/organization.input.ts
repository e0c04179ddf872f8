import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { IsText, PageArgs } from '@tradebridge/core';
import { Country } from '../identity-enums.type.js';
import { IsTaxId } from './tax-id.js';

export const MAX_SECTORS = 10;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

@InputType('OrganizationInput')
export class OrganizationInput {
  @Field(() => String)
  @Transform(trim)
  @IsText({ min: 2, max: 200, singleLine: true })
  name: string;

  @Field(() => Country)
  @IsEnum(Country, { message: 'must be BY or RU' })
  country: Country;

  @Field(() => String, { description: 'A region of the organization\'s country: an ISO 3166-2 code ("RU-VLA", "BY-MI") or its name in Russian or English ("Владимирская обл.", "Minsk Region"); stored as the code' })
  @Transform(trim)
  @IsText({ min: 2, max: 100, singleLine: true })
  region: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsText({ max: 100, singleLine: true })
  city?: string | null;

  @Field(() => String, { description: 'UNP (BY, 9 digits) or INN (RU, 10 digits) with a valid check digit' })
  @IsTaxId('country')
  taxId: string;

  @Field(() => [String], { description: `Category codes, at most ${MAX_SECTORS}` })
  @IsArray()
  @ArrayMaxSize(MAX_SECTORS, { message: `must list at most ${MAX_SECTORS} sectors` })
  @IsText({ min: 1, max: 50, singleLine: true }, { each: true, message: 'must be category codes such as "87" or "S.CONSTRUCTION"' })
  sectorCodes: string[];

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(200)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: true }, { message: 'must be an http(s) URL such as https://maz.by' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: 5000 })
  description?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, any case' })
  @IsOptional()
  @IsText({ max: 200, singleLine: true })
  query?: string | null;

  @Field(() => Country, { nullable: true })
  @IsOptional()
  @IsEnum(Country, { message: 'must be BY or RU' })
  country?: Country | null;
}
