import { describe, expect, it } from '@jest/globals';
import { cyrillicToLatin, latinToCyrillic, transliterationVariants } from './transliterate.js';

describe('cyrillicToLatin', () => {
  it.each([
    ['белаз', 'belaz'],
    ['маз', 'maz'],
    ['мтз', 'mtz'],
    ['амкодор', 'amkodor'],
    ['гомсельмаш', 'gomselmash'],
    ['белшина', 'belshina'],
    ['мзкт', 'mzkt'],
    ['беларус', 'belarus'],
    ['жодино', 'zhodino'],
    ['щит', 'shchit'],
  ])('%s → %s', (cyr, lat) => {
    expect(cyrillicToLatin(cyr)).toBe(lat);
  });
});

describe('latinToCyrillic', () => {
  it.each([
    ['belaz', 'белаз'],
    ['maz', 'маз'],
    ['mzkt', 'мзкт'],
    ['amkodor', 'амкодор'],
    ['belshina', 'белшина'],
    ['zhodino', 'жодино'],
    ['export', 'экспорт'],
    ['cement', 'цемент'],
    ['novyy', 'новый'],
    ['maya', 'мая'],
  ])('%s → %s', (lat, cyr) => {
    expect(latinToCyrillic(lat)).toBe(cyr);
  });
});

describe('transliterationVariants', () => {
  it('expands a Latin brand query into Cyrillic', () => {
    expect(transliterationVariants('belaz')).toEqual(['белаз']);
    expect(transliterationVariants('gomselmash')).toContain('гомсельмаш');
  });

  it('expands a Cyrillic brand into Latin spellings, most common first', () => {
    expect(transliterationVariants('белаз')[0]).toBe('belaz');
    expect(transliterationVariants('бобруйскагромаш')).toEqual(
      expect.arrayContaining(['bobruyskagromash', 'bobruiskagromash']),
    );
  });

  it('never returns the token itself, duplicates or more than max', () => {
    const v = transliterationVariants('хлебозавод', 2);
    expect(v.length).toBeLessThanOrEqual(2);
    expect(new Set(v).size).toBe(v.length);
    expect(v).not.toContain('хлебозавод');
  });

  it('gives nothing for numbers, codes, mixed and one-letter tokens', () => {
    expect(transliterationVariants('75570')).toEqual([]);
    expect(transliterationVariants('6x4')).toEqual([]);
    expect(transliterationVariants('т')).toEqual([]);
  });
});
