import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@tradebridge/core';
import { Need } from '../needs/need.entity.js';
import { Offering } from '../offerings/offering.entity.js';

export enum OfferingSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  LEAD_TIME_ASC = 'LEAD_TIME_ASC',
}
registerEnumType(OfferingSort, { name: 'OfferingSort' });

@ObjectType()
export class Highlight {
  @Field({ description: '"title", "description" or "keywords"' }) field: string;
  @Field({ description: 'HTML-escaped text; matched words wrapped in <mark>…</mark>' }) snippet: string;
}

@ObjectType()
export class FacetValue {
  @Field({ description: 'A code: category, country, region (ISO 3166-2), certification, kind, or "true"/"false" (verified); filters take it' }) value: string;
  @Field({ description: 'The value as a reader of the caller\'s language sees it ("Владимирская область" / "Vladimir Oblast")' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class Facet {
  @Field({ description: 'categoryCode, country, region, certifications, kind or verified' }) field: string;
  @Field(() => [FacetValue]) values: FacetValue[];
}

@ObjectType()
export class OfferingHit {
  @Field() cursor: string;
  @Field(() => Offering) offering: Offering;
  @Field(() => Float, { nullable: true, description: '0..1, higher is better; null without a text query' }) score: number | null;
  @Field(() => [Highlight]) highlights: Highlight[];
}

@ObjectType()
export class OfferingSearchResult {
  @Field(() => [OfferingHit]) hits: OfferingHit[];
  @Field(() => Int) totalHits: number;
  @Field(() => [Facet]) facets: Facet[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) processingTimeMs: number;
}

@ObjectType()
export class NeedHit {
  @Field() cursor: string;
  @Field(() => Need) need: Need;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => [Highlight]) highlights: Highlight[];
}

@ObjectType()
export class NeedSearchResult {
  @Field(() => [NeedHit]) hits: NeedHit[];
  @Field(() => Int) totalHits: number;
  @Field(() => [Facet]) facets: Facet[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) processingTimeMs: number;
}
