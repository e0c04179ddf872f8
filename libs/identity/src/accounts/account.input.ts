import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/auth.input.js';
import { Locale } from '../identity-enums.type.js';
import { IsAccountEmail } from '../users/email.validators.js';

const NEW_PASSWORD = { message: `must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long` };

@ArgsType()
export class TokenArgs {
  @Field(() => String, { description: 'The token of the link in the mail' })
  @IsString()
  @MaxLength(200)
  token: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field(() => String)
  @IsAccountEmail()
  email: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => String, { description: 'The token of the link in the mail' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => String, { description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, NEW_PASSWORD)
  password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword: string;

  @Field(() => String, { description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, NEW_PASSWORD)
  newPassword: string;
}

@ArgsType()
export class ChangeEmailArgs {
  @Field(() => String, { description: 'The new address; it takes effect once confirmed by the link mailed to it' })
  @IsAccountEmail()
  newEmail: string;

  @Field(() => String)
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword: string;
}

@ArgsType()
export class SetLocaleArgs {
  @Field(() => Locale)
  @IsEnum(Locale, { message: 'must be RU or EN' })
  locale: Locale;
}

@ArgsType()
export class EndSessionArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id: string;
}
