import { describe, expect, it } from '@jest/globals';
import { Country } from '../identity-enums.type.js';
import { checkTaxId } from './tax-id.js';

describe('checkTaxId', () => {
  it('accepts a Belarusian UNP with a valid check digit', () => {
    expect(checkTaxId(Country.BY, '190542056')).toEqual({ valid: true, taxId: '190542056' });
  });

  it('refuses a UNP with a wrong check digit, a wrong length or letters', () => {
    for (const bad of ['190542057', '100230125', '19054205', '1905420561', 'МА1953684', 'AB1234567', '']) {
      expect(checkTaxId(Country.BY, bad).valid).toBe(false);
    }
  });

  it("accepts a Russian organization's 10-digit INN with a valid check digit", () => {
    expect(checkTaxId(Country.RU, '7707083893')).toEqual({ valid: true, taxId: '7707083893' });
  });

  it("refuses an INN with a wrong check digit and a person's 12-digit INN", () => {
    expect(checkTaxId(Country.RU, '7707083894')).toMatchObject({ valid: false, message: expect.stringContaining('INN') });
    expect(checkTaxId(Country.RU, '500100732259').valid).toBe(false);
  });

  it('ignores spaces and dashes and returns the compact form', () => {
    expect(checkTaxId(Country.RU, ' 7707-083 893 ')).toEqual({ valid: true, taxId: '7707083893' });
  });

  it('does not accept a UNP as an INN or the other way round', () => {
    expect(checkTaxId(Country.RU, '190542056').valid).toBe(false);
    expect(checkTaxId(Country.BY, '7707083893').valid).toBe(false);
  });

  it('refuses when the country is unknown', () => {
    expect(checkTaxId('XX' as Country, '7707083893').valid).toBe(false);
  });
});
