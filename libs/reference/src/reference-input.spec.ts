import { describe, expect, it } from '@jest/globals';
import { ValidationFailed } from '@tradebridge/core';
import { ReferenceInput } from './reference-input.js';

function refusal(work: (refs: ReferenceInput) => void, locale: 'RU' | 'EN' = 'EN'): ValidationFailed {
  const refs = new ReferenceInput(locale);
  work(refs);
  try {
    refs.check();
  } catch (error) {
    return error as ValidationFailed;
  }
  throw new Error('accepted');
}

describe('ReferenceInput', () => {
  it('maps codes and names to codes without a refusal', () => {
    const refs = new ReferenceInput('RU');
    expect(refs.region('input.region', 'Владимирская обл.')).toBe('RU-VLA');
    expect(refs.regions('input.deliveryRegions', ['Vladimir Oblast', 'RU-VLA', 'г. Владимир', 'ЦФО'])).toEqual(['RU-VLA', 'RU-CFD']);
    expect(refs.unit('input.unit', 'шт.')).toBe('796');
    expect(refs.unit('input.unit', '  ')).toBeNull();
    expect(refs.certifications(['ЕАС', 'ISO 9001', 'Halal-ICCI'])).toEqual(['EAC', 'ISO-9001', 'HALAL ICCI']);
    expect(() => refs.check()).not.toThrow();
  });

  it('refuses an unknown region at its field, suggesting the closest in the message and in extensions', () => {
    const error = refusal((refs) => refs.region('input.region', 'Vladimr Oblast'));
    expect(error.fields).toEqual([
      {
        path: 'input.region',
        value: 'Vladimr Oblast',
        message: 'unknown region "Vladimr Oblast"; did you mean Vladimir Oblast (RU-VLA)?',
        suggestions: [{ code: 'RU-VLA', name: 'Vladimir Oblast' }],
      },
    ]);
    const russian = refusal((refs) => refs.region('input.region', 'Vladimr Oblast'), 'RU');
    expect(russian.fields[0]!.message).toBe('неизвестный регион «Vladimr Oblast»; возможно, Владимирская область (RU-VLA)?');
  });

  it('says how to name a region when nothing is close', () => {
    const error = refusal((refs) => refs.region('filter.regions', 'qqqqqqqqqq'));
    expect(error.fields[0]).toMatchObject({ path: 'filter.regions', suggestions: [] });
    expect(error.fields[0]!.message).toMatch(/ISO 3166-2 code .*regions query/);
  });

  it("holds an organization's region to a region proper of its country", () => {
    expect(refusal((refs) => refs.region('input.region', 'Vladimir Oblast', { country: 'BY' })).fields[0]!.message).toBe('Vladimir Oblast (RU-VLA) is not in Belarus');
    expect(refusal((refs) => refs.region('input.region', 'Россия', { regionOnly: true }), 'RU').fields[0]!.message).toBe('Россия (RU) — группа регионов; укажите один регион');
  });

  it('refuses an unknown unit with the closest units, and reports every bad field at once', () => {
    const error = refusal((refs) => {
      refs.unit('input.unit', 'штк');
      refs.regions('input.deliveryRegions', ['Vladimir Oblast', 'Tulla Oblast']);
    });
    expect(error.fields.map((f) => [f.path, f.value])).toEqual([
      ['input.unit', 'штк'],
      ['input.deliveryRegions', 'Tulla Oblast'],
    ]);
    expect(error.fields[0]!.suggestions?.[0]).toEqual({ code: '796', name: 'pcs — piece' });
    expect(error.fields[1]!.suggestions?.[0]?.code).toBe('RU-TUL');
    expect(error.message).toContain('did you mean Tula Oblast (RU-TUL)');
  });
});
