import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Need, Offering } from '@tradebridge/catalog';

/** Why a match scored: one reason per soft signal that held (and the hard certification filter). */
export enum MatchReasonCode {
  TEXT = 'TEXT',
  CATEGORY = 'CATEGORY',
  CERTIFICATION = 'CERTIFICATION',
  LEAD_TIME = 'LEAD_TIME',
  PRICE = 'PRICE',
  REGION = 'REGION',
  VERIFIED = 'VERIFIED',
}
registerEnumType(MatchReasonCode, { name: 'MatchReasonCode' });

@ObjectType('MatchReason')
export class MatchReason {
  @Field(() => MatchReasonCode) code: MatchReasonCode;
  @Field({ description: 'Human-readable, in the caller\'s locale, e.g. "matched: самосвал, 90 т"' }) detail: string;
}

@ObjectType('OfferingMatch')
export class OfferingMatch {
  @Field(() => Offering) offering: Offering;
  @Field(() => Float, { description: '0..1, higher is better' }) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
}

@ObjectType('NeedMatch')
export class NeedMatch {
  @Field(() => Need) need: Need;
  @Field(() => Float, { description: '0..1, higher is better' }) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
}
