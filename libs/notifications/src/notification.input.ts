import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsText } from '@tradebridge/core';
import { IsBoolean, IsInt, IsOptional } from 'class-validator';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1..100' })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: 200, singleLine: true })
  after?: string | null;
}
