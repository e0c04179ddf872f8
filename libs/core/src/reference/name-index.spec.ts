import { describe, expect, it } from '@jest/globals';
import { canonicalMark, nameKey } from './name-key.js';
import { editDistance, NameIndex } from './name-index.js';

describe('nameKey', () => {
  it('ignores case, ё, punctuation, runs of spaces and compatibility forms', () => {
    expect(nameKey('  Владимирская   обл. ')).toBe(nameKey('владимирская обл'));
    expect(nameKey('Могилёвская')).toBe(nameKey('Могилевская'));
    expect(nameKey('м²')).toBe(nameKey('м2'));
    expect(nameKey('ISO-9001')).toBe(nameKey('iso 9001'));
  });

  it('reads Cyrillic letters drawn like Latin ones as those', () => {
    expect(nameKey('ЕАС')).toBe(nameKey('EAC'));
    expect(nameKey('м3')).toBe(nameKey('m3'));
    expect(nameKey('НАССР')).toBe(nameKey('HACCP'));
    expect(nameKey('ГОСТ')).not.toBe(nameKey('GOST')); // Г is not G
  });
});

describe('canonicalMark', () => {
  it('gives two spellings of a free mark one form that still reads the same', () => {
    expect(canonicalMark(' Halal-ICCI ')).toBe('HALAL ICCI');
    expect(canonicalMark('halal   icci')).toBe('HALAL ICCI');
    expect(canonicalMark('ТР ЕАЭС 037/2016')).toBe(canonicalMark('тр  еаэс 037/2016'));
    expect(canonicalMark('ТР ЕАЭС 037/2016').normalize('NFKC')).toMatch(/^TP EAЭC 037\/2016$/); // Latin T, P, E, A, C
  });
});

describe('NameIndex', () => {
  const index = new NameIndex(
    [
      { code: 'RU-VLA', names: ['RU-VLA', 'Владимирская область', 'Vladimir Oblast', 'Владимир', 'Vladimir'] },
      { code: 'RU-VGG', names: ['RU-VGG', 'Волгоградская область', 'Volgograd Oblast'] },
      { code: 'BY-HM', names: ['BY-HM', 'Минск', 'Minsk'] },
    ],
    { обл: 'область', г: '', region: 'oblast' },
  );

  it('finds a code by any of its names, through the word rewrites', () => {
    expect(index.find('Владимирская обл.')).toBe('RU-VLA');
    expect(index.find('vladimir region')).toBe('RU-VLA');
    expect(index.find('г. Владимир')).toBe('RU-VLA');
    expect(index.find('ru-vla')).toBe('RU-VLA');
    expect(index.find('г. Минск')).toBe('BY-HM');
    expect(index.find('Vladimir Krai')).toBeNull();
    expect(index.find('   ')).toBeNull();
  });

  it('suggests the closest codes to a name it does not know, none for nonsense', () => {
    expect(index.suggest('Vladimr Oblast')).toEqual(['RU-VLA']);
    expect(index.suggest('Влад')).toEqual(['RU-VLA']);
    expect(index.suggest('Volgogrd')).toEqual(['RU-VGG']);
    expect(index.suggest('qqqqqqqqqq')).toEqual([]);
  });

  it('refuses data where one name stands for two codes', () => {
    expect(() => new NameIndex([{ code: 'A', names: ['Minsk'] }, { code: 'B', names: ['minsk'] }])).toThrow(/names both A and B/);
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('vladimir', 'vladmiir')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
