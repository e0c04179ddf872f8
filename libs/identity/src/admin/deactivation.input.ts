import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import { IsText } from '@tradebridge/core';

@ArgsType()
export class DeactivateArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id: string;

  @Field(() => String, { description: 'Why (3 to 500 characters); recorded and shown to the user at sign-in' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsText({ min: 3, max: 500 })
  reason: string;
}
