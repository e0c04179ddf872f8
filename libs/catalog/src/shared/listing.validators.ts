import { IsText } from '@tradebridge/core';
import { ArrayMaxSize, IsArray, IsDate, MaxDate, MinDate, registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { toCents } from './money.js';

export interface TextListRule {
  maxItems: number;
  maxLength: number;
}

/**
 * A list of at most `maxItems` one-line texts of 1..`maxLength` characters each.
 * @example @IsTextList({ maxItems: 20, maxLength: 50 }) keywords?: string[] | null;
 */
export function IsTextList(rule: TextListRule): PropertyDecorator {
  return (target, property) => {
    IsText(
      { min: 1, max: rule.maxLength, singleLine: true },
      { each: true, message: `each item must be one line of 1 to ${rule.maxLength} characters without control characters` },
    )(target, property);
    ArrayMaxSize(rule.maxItems, { message: `must list at most ${rule.maxItems} items` })(target, property);
    IsArray({ message: 'must be a list' })(target, property);
  };
}

/**
 * The amount is not below the sibling amount `minProperty` (both decimal strings; skipped when either
 * is missing or malformed, which other rules report).
 * @example @IsNotBelow('min') max?: string | null;
 */
export function IsNotBelow(minProperty: string, options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isNotBelow',
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const min = (args.object as Record<string, unknown>)[minProperty];
          if (typeof value !== 'string' || typeof min !== 'string') return true;
          const [low, high] = [toCents(min), toCents(value)];
          return low === null || high === null || high >= low;
        },
        defaultMessage: () => `must not be less than ${minProperty}`,
      },
    });
}

const EARLIEST = new Date('2000-01-01T00:00:00.000Z');
const LATEST = new Date('2100-12-31T23:59:59.999Z');

/**
 * A real date and time from 2000 to 2100. The DateTime scalar hands over a Date already; this refuses
 * the Invalid Date of an unparseable string and absurd years from lenient parsing ("1" -> 2001).
 * @example @IsListingDate() validUntil?: Date | null;
 */
export function IsListingDate(): PropertyDecorator {
  return (target, property) => {
    MaxDate(LATEST, { message: 'must be a date no later than 2100' })(target, property);
    MinDate(EARLIEST, { message: 'must be a date from the year 2000 on' })(target, property);
    IsDate({ message: 'must be an ISO 8601 date and time such as "2027-09-01T00:00:00Z"' })(target, property);
  };
}
