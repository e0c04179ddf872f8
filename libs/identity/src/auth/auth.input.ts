import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsText } from '@tradebridge/core';
import { Locale } from '../identity-enums.type.js';
import { IsAccountEmail, normalizeEmail } from '../users/email.validators.js';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

// Digits with the usual separators: "+375 17 000-00-00", "(4922) 00-00-00"; at least 5 digits.
const PHONE = /^(?=(?:\D*\d){5})\+?[0-9 ()./-]{5,40}$/;

@InputType('RegisterInput')
export class RegisterInput {
  @Field(() => String)
  @IsAccountEmail()
  email: string;

  @Field(() => String, { description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long` })
  password: string;

  @Field(() => String)
  @IsText({ min: 1, max: 100, singleLine: true })
  displayName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: 100, singleLine: true })
  position?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'must be a phone number of digits, spaces, "+", "-", "(", ")" (at most 40 characters)' })
  phone?: string | null;

  @Field(() => Locale, { nullable: true, defaultValue: Locale.RU })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;
}

@ArgsType()
export class LoginArgs {
  @Field(() => String)
  @Transform(({ value }) => (typeof value === 'string' ? normalizeEmail(value) : value))
  @IsString()
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@ArgsType()
export class RefreshTokenArgs {
  // Optional: browsers send the token in the HttpOnly cookie instead (see RefreshCookie).
  @Field(() => String, { nullable: true, description: 'Omit it to use the refresh token cookie the web app holds' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string | null;
}
