import { describe, expect, it } from '@jest/globals';
import { regionTable } from './region-table.js';

const regions = regionTable();
const codeOf = (text: string) => regions.find(text)?.code ?? null;

describe('the region table', () => {
  it('holds the 6 regions and Minsk city of Belarus and the 83 federal subjects of ISO 3166-2:RU', () => {
    const proper = regions.all().filter((r) => r.kind === 'REGION');
    expect(proper.filter((r) => r.country === 'BY').map((r) => r.code).sort()).toEqual(['BY-BR', 'BY-HM', 'BY-HO', 'BY-HR', 'BY-MA', 'BY-MI', 'BY-VI']);
    expect(proper.filter((r) => r.country === 'RU')).toHaveLength(83);
    for (const r of proper) expect(r.code).toMatch(/^(BY|RU)-[A-Z]{2,3}$/);
    expect(regions.get('RU-CFD')?.regions).toHaveLength(18);
    expect(regions.get('RU')?.regions).toHaveLength(83);
    expect(regions.get('EAEU')?.regions).toHaveLength(90);
  });

  it('maps a code or a name in either language, with the usual abbreviations, to one code', () => {
    for (const name of ['RU-VLA', 'ru-vla', 'Vladimir Oblast', 'Vladimir region', 'vladimir oblast', 'Владимирская область', 'Владимирская обл.', 'г. Владимир', 'Владимир']) {
      expect([name, codeOf(name)]).toEqual([name, 'RU-VLA']);
    }
    expect(codeOf('Minsk')).toBe('BY-HM');
    expect(codeOf('г. Минск')).toBe('BY-HM');
    expect(codeOf('Minsk Region')).toBe('BY-MI');
    expect(codeOf('Минская обл.')).toBe('BY-MI');
    expect(codeOf('Могилевская область')).toBe('BY-MA');
    expect(codeOf('Homyel Region')).toBe('BY-HO');
    expect(codeOf('Moscow')).toBe('RU-MOW');
    expect(codeOf('Московская обл.')).toBe('RU-MOS');
    expect(codeOf('Республика Татарстан')).toBe('RU-TA');
    expect(codeOf('Tatarstan')).toBe('RU-TA');
    expect(codeOf('ХМАО')).toBe('RU-KHM');
    expect(codeOf('Krasnodar Territory')).toBe('RU-KDA');
  });

  it('knows the groups people name as delivery areas', () => {
    expect(codeOf('Россия')).toBe('RU');
    expect(codeOf('РФ')).toBe('RU');
    expect(codeOf('Республика Беларусь')).toBe('BY');
    expect(codeOf('ЦФО')).toBe('RU-CFD');
    expect(codeOf('ЕАЭС')).toBe('EAEU');
    expect(codeOf('СНГ')).toBe('CIS');
    expect(codeOf('any region')).toBe('WORLD');
    expect(regions.get('RU-VLA')?.groups).toEqual(['RU-CFD', 'RU', 'EAEU', 'CIS', 'WORLD']);
    expect(regions.get('BY-HM')?.groups).toEqual(['BY', 'EAEU', 'CIS', 'WORLD']);
  });

  it('labels a code in the reader\'s language, text no entry knows as it is', () => {
    expect(regions.label('RU-VLA', 'RU')).toBe('Владимирская область');
    expect(regions.label('RU-VLA', 'EN')).toBe('Vladimir Oblast');
    expect(regions.label('Владимирская обл.', 'EN')).toBe('Vladimir Oblast');
    expect(regions.label('Промзона «Север»', 'EN')).toBe('Промзона «Север»');
  });

  it('expands a group to what it contains, and a region to the areas that reach it', () => {
    const central = regions.within(['RU-CFD']);
    expect(central).toContain('RU-VLA');
    expect(central).toContain('RU-MOW');
    expect(central).not.toContain('RU-NIZ');
    expect(regions.within(['RU-VLA'])).toEqual(['RU-VLA']);
    expect(regions.within(['BY'])).toHaveLength(8); // the country and its 7 regions
    expect(regions.reaching('RU-VLA')).toEqual(['RU-VLA', 'RU-CFD', 'RU', 'EAEU', 'CIS', 'WORLD']);
  });

  it('suggests the closest regions for a misspelt name', () => {
    expect(regions.suggest('Vladimr Oblast').map((r) => r.code)).toEqual(['RU-VLA']);
    expect(regions.suggest('Владимирска').map((r) => r.code)[0]).toBe('RU-VLA');
    expect(regions.suggest('Gomell Region').map((r) => r.code)[0]).toBe('BY-HO');
  });
});
