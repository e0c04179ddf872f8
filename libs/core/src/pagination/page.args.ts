import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional } from 'class-validator';
import { IsText } from '../validation/text.validators.js';

export const DEFAULT_PAGE_SIZE = 20;

/**
 * `first` / `after` of a Relay connection field; list arguments extend it.
 * @example @ArgsType() export class NotificationsArgs extends PageArgs { @Field() unreadOnly?: boolean }
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: '1..100' })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsText({ max: 200, singleLine: true })
  after?: string | null;
}
