import { Field, InputType } from '@nestjs/graphql';
import { IsText } from '@tradebridge/core';
import { IsOptional } from 'class-validator';
import { IsTextList } from './listing.validators.js';

/** The text every listing input shares (OfferingInput and NeedInput extend it). */
@InputType({ isAbstract: true })
export abstract class ListingTextInput {
  @Field(() => String, { description: '3..200 characters' })
  @IsText({ min: 3, max: 200, singleLine: true })
  title: string;

  @Field(() => String, { description: 'up to 10,000 characters' })
  @IsText({ max: 10_000 })
  description: string;

  @Field(() => String, { description: 'An existing category code, e.g. "87.04" or "S.MAINTENANCE"' })
  @IsText({ min: 1, max: 50, singleLine: true })
  categoryCode: string;

  @Field(() => [String], { nullable: true, description: 'at most 20, each up to 50 characters' })
  @IsOptional()
  @IsTextList({ maxItems: 20, maxLength: 50 })
  keywords?: string[] | null;
}
