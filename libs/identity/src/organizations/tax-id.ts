import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { stdnum, type Validator } from 'stdnum';
import { Country } from '../identity-enums.type.js';

export type TaxIdCheck = { valid: true; taxId: string } | { valid: false; message: string };

const RULES: Record<Country, { validator: () => Validator; name: string; digits: number }> = {
  [Country.BY]: { validator: () => stdnum.BY.unp, name: 'UNP', digits: 9 },
  [Country.RU]: { validator: () => stdnum.RU.inn, name: 'INN', digits: 10 },
};

/**
 * Checks an organization's tax id for its country with stdnum: a Belarusian UNP (9 digits) or a
 * Russian organization's INN (10 digits), check digit included. Spaces and dashes are ignored;
 * the valid result is the compact form to store.
 * @example checkTaxId(Country.RU, '7707083893') // { valid: true, taxId: '7707083893' }
 */
export function checkTaxId(country: Country, value: string): TaxIdCheck {
  const rule = RULES[country];
  if (!rule) return { valid: false, message: 'cannot be checked without a valid country' };
  const compact = value.replace(/[\s-]/g, '');
  const expected = `must be a ${country} ${rule.name} of ${rule.digits} digits`;
  if (!new RegExp(`^\\d{${rule.digits}}$`).test(compact)) return { valid: false, message: expected };
  const result = rule.validator().validate(compact);
  if (!result.isValid) return { valid: false, message: `${expected} with a valid check digit` };
  if (country === Country.RU && !result.isCompany) return { valid: false, message: expected };
  return { valid: true, taxId: compact };
}

/**
 * class-validator rule: the property is a valid tax id for the sibling `country` property.
 * @example @IsTaxId('country') taxId: string;
 */
export function IsTaxId(countryProperty: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTaxId',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const country = (args.object as Record<string, unknown>)[countryProperty] as Country;
          return typeof value === 'string' && value.length <= 32 && checkTaxId(country, value).valid;
        },
        defaultMessage(args: ValidationArguments) {
          const country = (args.object as Record<string, unknown>)[countryProperty] as Country;
          const check = typeof args.value === 'string' && args.value.length <= 32 ? checkTaxId(country, args.value) : null;
          return check && !check.valid ? check.message : 'must be a tax id (UNP for BY, INN for RU)';
        },
      },
    });
}
