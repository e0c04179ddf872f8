import { describe, expect, it } from '@jest/globals';
import { certificationCodeOf, certificationName, deliveryRegionOptions, regionName, regionOptions, unitAfter, unitOptions, unitShort, type ReferenceData } from './reference-options';

const DATA = {
  regions: [
    { code: 'RU', nameRu: 'Россия', nameEn: 'Russia', kind: 'COUNTRY', country: 'RU' },
    { code: 'RU-CFD', nameRu: 'Центральный федеральный округ', nameEn: 'Central Federal District', kind: 'DISTRICT', country: 'RU' },
    { code: 'RU-VLA', nameRu: 'Владимирская область', nameEn: 'Vladimir Oblast', kind: 'REGION', country: 'RU' },
    { code: 'RU-IVA', nameRu: 'Ивановская область', nameEn: 'Ivanovo Oblast', kind: 'REGION', country: 'RU' },
    { code: 'BY-HM', nameRu: 'Минск', nameEn: 'Minsk', kind: 'REGION', country: 'BY' },
  ],
  units: [
    { code: '796', nameRu: 'штука', nameEn: 'piece', shortRu: 'шт', shortEn: 'pcs', dimension: 'COUNT' },
    { code: '168', nameRu: 'тонна', nameEn: 'tonne', shortRu: 'т', shortEn: 't', dimension: 'MASS' },
  ],
  certifications: [
    { code: 'EAC-DECLARATION', nameRu: 'Декларация ЕАЭС', nameEn: 'EAEU declaration' },
    { code: 'GOST-R', nameRu: 'ГОСТ Р', nameEn: 'GOST R' },
  ],
} as unknown as ReferenceData;

describe('reference labels and options', () => {
  it('names codes in the page language and leaves text the tables do not know as it is', () => {
    expect(regionName(DATA, 'RU-VLA', 'ru')).toBe('Владимирская область');
    expect(regionName(DATA, 'RU-VLA', 'en')).toBe('Vladimir Oblast');
    expect(regionName(DATA, 'Tver Oblast', 'ru')).toBe('Tver Oblast');
    expect(regionName(undefined, 'RU-VLA', 'ru')).toBe('RU-VLA');
    expect(certificationName(DATA, 'GOST-R', 'en')).toBe('GOST R');
    expect(certificationName(DATA, 'HALAL ICCI', 'ru')).toBe('HALAL ICCI');
    expect(unitShort(DATA, '168', 'ru')).toBe('т');
    expect(unitShort(DATA, null, 'ru')).toBeNull();
  });

  it('reads a unit after an amount or "per" as each language does: "1 шт", "за шт"; "1 piece", "per piece", "10 pcs"', () => {
    expect([1, 10, null].map((amount) => unitAfter(DATA, '796', amount, 'ru'))).toEqual(['шт', 'шт', 'шт']);
    expect([1, 10, 2.5, null].map((amount) => unitAfter(DATA, '796', amount, 'en'))).toEqual(['piece', 'pcs', 'pcs', 'piece']);
    expect(unitAfter(DATA, '168', null, 'en')).toBe('tonne');
    // A unit the tables do not know, as the API wrote it; none, none.
    expect(unitAfter(DATA, 'bags', 1, 'en')).toBe('bags');
    expect(unitAfter(DATA, null, 1, 'en')).toBeNull();
  });

  it('offers a country\'s regions by name, and delivery areas before each country\'s regions', () => {
    expect(regionOptions(DATA, 'RU', 'ru').map((o) => o.label)).toEqual(['Владимирская область', 'Ивановская область']);
    expect(regionOptions(DATA, 'RU', 'en').map((o) => o.value)).toEqual(['RU-IVA', 'RU-VLA']);
    const grouped = deliveryRegionOptions(DATA, 'ru', { areas: 'Страны и объединения', countryName: (c) => (c === 'RU' ? 'Россия' : 'Беларусь') });
    expect(grouped.map((g) => [g.group, g.items.map((i) => i.value)])).toEqual([
      ['Страны и объединения', ['RU', 'RU-CFD']],
      ['Россия', ['RU-VLA', 'RU-IVA']],
      ['Беларусь', ['BY-HM']],
    ]);
    expect(unitOptions(DATA, 'en')).toEqual([{ value: '796', label: 'pcs — piece' }, { value: '168', label: 't — tonne' }]);
  });

  it('sends a certification picked or typed by name, in either language, as its code; other marks as typed', () => {
    expect(certificationCodeOf(DATA, 'Декларация ЕАЭС')).toBe('EAC-DECLARATION');
    expect(certificationCodeOf(DATA, ' eaeu  Declaration ')).toBe('EAC-DECLARATION');
    expect(certificationCodeOf(DATA, 'gost-r')).toBe('GOST-R');
    expect(certificationCodeOf(DATA, ' Halal ICCI ')).toBe('Halal ICCI');
  });
});
