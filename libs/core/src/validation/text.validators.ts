import { registerDecorator, type ValidationOptions } from 'class-validator';

// Control characters (C0 except tab/newline/carriage return, DEL, C1) and lone UTF-16 surrogates.
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/;

export function hasForbiddenCharacters(value: string, singleLine = false): boolean {
  return FORBIDDEN_CHARS.test(value) || (singleLine && FORBIDDEN_IN_LINE.test(value));
}

/** Length in characters as a person counts them (code points, not UTF-16 units). */
export function charLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

export interface TextRule {
  min?: number;
  max: number;
  /** Titles, names, keywords: no line breaks either. */
  singleLine?: boolean;
}

/**
 * A string of `min..max` characters without NUL, control characters or lone surrogates; surrounding
 * white space does not count towards `min`.
 * @example @IsText({ min: 3, max: 200, singleLine: true }) title: string;
 */
export function IsText(rule: TextRule, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isText',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || hasForbiddenCharacters(value, rule.singleLine)) return false;
          const length = charLength(value.trim());
          return length >= (rule.min ?? 0) && charLength(value) <= rule.max;
        },
        defaultMessage() {
          const range = rule.min ? `${rule.min} to ${rule.max}` : `at most ${rule.max}`;
          return `must be text of ${range} characters without control characters`;
        },
      },
    });
}

const DECIMAL = /^(0|[1-9]\d{0,13})(\.\d{1,2})?$/;

/** A non-negative money amount as a string with at most 2 decimals: "350000", "350000.5". */
export function IsMoney(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMoney',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && DECIMAL.test(value),
        defaultMessage: () => 'must be a non-negative decimal such as "350000" or "350000.50" (at most 2 decimals)',
      },
    });
}
