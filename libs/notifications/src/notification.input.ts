import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@tradebridge/core';
import { IsBoolean, IsOptional } from 'class-validator';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}
