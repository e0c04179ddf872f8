import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsText } from '@tradebridge/core';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ArgsType()
export class CategorySearchArgs {
  @Field(() => String, { description: 'Words of a name (Russian or English) or a code: "самосвал", "87.04", "8704", "S.CONSTRUCTION"' })
  @IsText({ min: 1, max: 100, singleLine: true })
  query: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1..50' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  first?: number | null;
}
