import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { MembershipRole } from '../identity-enums.type.js';

@ArgsType()
export class MemberArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  organizationId: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  userId: string;
}

@ArgsType()
export class ChangeMemberRoleArgs extends MemberArgs {
  @Field(() => MembershipRole)
  @IsEnum(MembershipRole, { message: 'must be OWNER or MEMBER' })
  role: MembershipRole;
}
