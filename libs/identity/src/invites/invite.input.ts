import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { IsAccountEmail } from '../users/email.validators.js';

@ArgsType()
export class CreateInviteArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  organizationId: string;

  @Field(() => String)
  @IsAccountEmail()
  email: string;
}

@ArgsType()
export class AcceptInviteArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(200)
  code: string;
}
