import { ArgsType, Field } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';

@ArgsType()
export class CooperationStatsArgs {
  @Field(() => Date, { nullable: true, description: 'Count contact requests created (and accepted) from this moment on' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Up to this moment, inclusive; not before from' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  to?: Date | null;
}
