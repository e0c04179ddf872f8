import { describe, expect, it } from '@jest/globals';
import { unitTable } from './unit-table.js';

const units = unitTable();
const codeOf = (text: string) => units.codeOf(text);

describe('the unit table', () => {
  it('uses OKEI codes', () => {
    expect(units.get('796')?.name).toEqual({ ru: 'штука', en: 'piece' });
    expect(units.get('168')?.short).toEqual({ ru: 'т', en: 't' });
    expect(units.get('166')?.short.ru).toBe('кг');
    expect(units.get('113')?.dimension).toBe('VOLUME');
    for (const u of units.all()) expect(u.code).toMatch(/^\d{3}$/);
  });

  it('maps every spelling of a unit, in either language, to its code', () => {
    for (const name of ['шт', 'шт.', 'pcs', 'штука', 'pieces', 'единиц', 'ед.', '796']) expect([name, codeOf(name)]).toEqual([name, '796']);
    for (const name of ['т', 't', 'тонна', 'tonnes']) expect([name, codeOf(name)]).toEqual([name, '168']);
    for (const name of ['м3', 'm3', 'м³', 'куб. м', 'cubic metre']) expect([name, codeOf(name)]).toEqual([name, '113']);
    expect(codeOf('кг')).toBe('166');
    expect(codeOf('компл.')).toBe('839');
    expect(codeOf('уп.')).toBe('778');
    expect(codeOf('service')).toBe('876');
    expect(codeOf('бочка')).toBeNull();
  });

  it('converts within a dimension and nowhere else', () => {
    expect(units.convert(20_000, '166', '168')).toBe(20);
    expect(units.convert(520, 't', 'kg')).toBe(520_000);
    expect(units.convert(3, 'км', 'м')).toBe(3000);
    expect(units.convert(2, 'га', 'м2')).toBe(20_000);
    expect(units.convert(1500, 'л', 'м3')).toBeCloseTo(1.5, 12);
    expect(units.convert(2, 'пара', 'шт')).toBe(4);
    expect(units.convert(5, '839', '839')).toBe(5);
    expect(units.convert(5, '839', '796')).toBeNull(); // sets are not pieces
    expect(units.convert(5, '168', '113')).toBeNull(); // tonnes are not cubic metres
    expect(units.convert(1, '362', '356')).toBeNull(); // a month has no fixed number of hours
  });

  it('labels a unit by its short form in the reader\'s language', () => {
    expect(units.label('796', 'RU')).toBe('шт');
    expect(units.label('796', 'EN')).toBe('pcs');
    expect(units.label('бочка', 'EN')).toBe('бочка');
  });
});
