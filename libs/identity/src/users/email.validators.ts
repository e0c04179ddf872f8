import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';

/** E-mail addresses are compared and stored lower-case, without surrounding white space. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * An e-mail address, normalised (trimmed, lower-case) before it is checked.
 * @example @IsAccountEmail() email: string;
 */
export function IsAccountEmail(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? normalizeEmail(value) : value)),
    MaxLength(254, { message: 'must be at most 254 characters long' }),
    IsEmail({ allow_ip_domain: false, require_tld: true }, { message: 'must be an e-mail address such as name@example.by' }),
  ) as PropertyDecorator;
}
