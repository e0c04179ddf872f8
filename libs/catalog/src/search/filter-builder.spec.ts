import { describe, expect, it } from '@jest/globals';
import { ValidationFailed } from '@tradebridge/core';
import { Country } from '@tradebridge/identity';
import { Currency, OfferingKind } from '../shared/catalog.enums.js';
import { buildNeedFilter, buildOfferingFilter, checkNeedFilter, checkOfferingFilter } from './filter-builder.js';

const NOW = 1_800_000_000_000;
const BASE = `(expiresAt IS NULL) OR (expiresAt > ${NOW})`;

describe('buildOfferingFilter', () => {
  it('without a filter keeps only unexpired listings', () => {
    expect(buildOfferingFilter(null, NOW)).toBe(BASE);
    expect(buildOfferingFilter({}, NOW)).toBe(BASE);
  });

  it('combines every field with AND, categories over the whole subtree, certifications all required', () => {
    const filter = buildOfferingFilter(
      {
        categoryCodes: ['87', 'S.MAINTENANCE'],
        countries: [Country.BY],
        regions: ['Minsk Region'],
        deliveryRegions: ['RU-VLA'],
        kinds: [OfferingKind.PRODUCT, OfferingKind.SERVICE],
        certifications: ['EAC', 'ISO 9001'],
        maxLeadTimeDays: 60,
        maxPrice: '125000.50',
        currency: Currency.USD,
        verifiedOnly: true,
        organizationId: '3f0e0a9e-7c4b-4a8e-9d1a-2b5c6d7e8f90',
      },
      NOW,
    );
    expect(filter).toBe(
      [
        `(${BASE})`,
        '(categoryPath IN ["87", "S.MAINTENANCE"])',
        '(country IN ["BY"])',
        '(region IN ["BY-MI"])',
        '(deliveryRegions IN ["RU-VLA", "RU-CFD", "RU", "EAEU", "CIS", "WORLD"])',
        '(kind IN ["PRODUCT", "SERVICE"])',
        '((certifications = "EAC") AND (certifications = "ISO-9001"))',
        '(leadTimeDays <= 60)',
        '(currency = "USD")',
        '(price <= 125000.5)',
        '(verified = true)',
        '(organizationId = "3f0e0a9e-7c4b-4a8e-9d1a-2b5c6d7e8f90")',
      ].join(' AND '),
    );
  });

  it('escapes hostile values into literals', () => {
    const hostile = 'x" OR country = "BY';
    const filter = buildOfferingFilter(
      { regions: [hostile], categoryCodes: [hostile], certifications: [`a\\" OR 1`], organizationId: hostile },
      NOW,
    );
    expect(filter).toContain('region IN ["x\\" OR country = \\"BY"]');
    expect(filter).toContain('categoryPath IN ["x\\" OR country = \\"BY"]');
    expect(filter).toContain('certifications = "A\\\\\\" OR 1"'); // a free mark, upper-cased
    expect(filter).toContain('organizationId = "x\\" OR country = \\"BY"');
    // Outside quoted literals only our own operators remain.
    const outside = filter.replace(/"(?:\\.|[^"\\])*"/g, '""');
    expect(outside).not.toMatch(/country = ""\s*\)?\s*OR/);
    expect(outside.match(/ OR /g)?.length).toBe(1); // the expiry clause only
  });

  it('ignores empty lists and a false verifiedOnly', () => {
    expect(buildOfferingFilter({ countries: [], regions: [], verifiedOnly: false }, NOW)).toBe(BASE);
  });

  it('refuses maxPrice without currency, naming filter.currency', () => {
    expect(() => buildOfferingFilter({ maxPrice: '100' }, NOW)).toThrow(ValidationFailed);
    try {
      checkOfferingFilter({ maxPrice: '100' });
    } catch (error) {
      expect((error as ValidationFailed).fields).toEqual([{ path: 'filter.currency', message: 'is required when maxPrice is given' }]);
    }
    expect(() => checkOfferingFilter({ currency: Currency.RUB })).not.toThrow();
  });

  it('takes region names in either language as codes, and a group as the regions inside it', () => {
    expect(buildOfferingFilter({ regions: ['Владимирская обл.', 'Vladimir Oblast'] }, NOW)).toBe(`(${BASE}) AND (region IN ["RU-VLA"])`);
    const central = buildOfferingFilter({ regions: ['ЦФО'] }, NOW);
    expect(central).toContain('"RU-CFD", "RU-BEL"');
    expect(central).toContain('"RU-VLA"');
    expect(central).not.toContain('"RU-NIZ"');
  });

  it('refuses regions no entry knows, every one at once, with suggestions in the caller\'s language', () => {
    try {
      checkOfferingFilter({ regions: ['Vladimr Oblast'], deliveryRegions: ['Tulla'], maxPrice: '1' }, 'filter', 'EN');
      throw new Error('accepted');
    } catch (error) {
      expect((error as ValidationFailed).fields.map((f) => [f.path, f.suggestions?.[0]?.code ?? null])).toEqual([
        ['filter.currency', null],
        ['filter.regions', 'RU-VLA'],
        ['filter.deliveryRegions', 'RU-TUL'],
      ]);
    }
    expect(() => checkNeedFilter({ deliveryRegions: ['нигде'] })).toThrow(ValidationFailed);
    expect(() => checkNeedFilter({ deliveryRegions: ['RU-VLA'], regions: ['Минск'] })).not.toThrow();
  });
});

describe('buildNeedFilter', () => {
  it('keeps needs due after neededAfter and those without a deadline', () => {
    const after = new Date('2027-09-01T00:00:00Z');
    expect(buildNeedFilter({ neededAfter: after, countries: [Country.RU], regions: ['Vladimir Oblast'] }, NOW)).toBe(
      `(${BASE}) AND (country IN ["RU"]) AND (region IN ["RU-VLA"]) AND ((neededBy IS NULL) OR (neededBy >= ${after.getTime()}))`,
    );
  });

  it('escapes values', () => {
    expect(buildNeedFilter({ categoryCodes: ['"]'] }, NOW)).toContain('categoryPath IN ["\\"]"]');
  });

  it('keeps needs to be delivered inside the named regions or groups', () => {
    expect(buildNeedFilter({ deliveryRegions: ['г. Владимир'] }, NOW)).toBe(`(${BASE}) AND (deliveryRegion IN ["RU-VLA"])`);
    expect(buildNeedFilter({ deliveryRegions: ['Беларусь'] }, NOW)).toContain('deliveryRegion IN ["BY", "BY-HM", "BY-MI"');
  });
});
