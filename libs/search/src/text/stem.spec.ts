import { describe, expect, it } from '@jest/globals';
import { stemText, stemTokens, stemWord } from './stem.js';

const sameStem = (...words: string[]) => new Set(words.map(stemWord)).size;

describe('stemWord', () => {
  it('gives every case of "самосвал" one stem', () => {
    expect(sameStem('самосвалы', 'самосвалов', 'самосвал', 'самосвала', 'самосвалом', 'самосвале')).toBe(1);
    expect(stemWord('самосвал')).toBe('самосвал');
  });

  it('restores the consonant Snowball takes for a verb ending in -ал/-ан/-ит nouns', () => {
    expect(sameStem('материал', 'материала', 'материалы')).toBe(1);
    expect(sameStem('экран', 'экрана', 'экраны', 'экранов')).toBe(1);
    expect(sameStem('деталь', 'детали', 'деталей')).toBe(1);
    expect(sameStem('кредит', 'кредиты', 'кредите')).toBe(1);
    // short participles keep meeting the full ones
    expect(stemWord('сертифицирован')).toBe(stemWord('сертифицированный'));
  });

  it('stems грузоподъемность forms alike (ё folded before stemming)', () => {
    expect(stemText('грузоподъемностью')).toBe(stemText('грузоподъёмность'));
  });

  it('stems Russian plurals and cases', () => {
    expect(sameStem('автобус', 'автобусы', 'автобусов')).toBe(1);
    expect(sameStem('трактор', 'тракторы', 'трактора', 'тракторов')).toBe(1);
    expect(sameStem('шина', 'шины', 'шин')).toBe(1);
    expect(sameStem('подстанция', 'подстанции', 'подстанций')).toBe(1);
    expect(sameStem('система', 'систем', 'системы')).toBe(1);
  });

  it('stems English words with Snowball English', () => {
    expect(stemWord('trucks')).toBe('truck');
    expect(stemWord('buses')).toBe(stemWord('bus'));
    expect(stemWord('fertilisers')).toBe(stemWord('fertilizers'));
    expect(stemWord('tyres')).toBe('tyre');
  });

  it('leaves numbers, model codes and mixed tokens alone', () => {
    expect(stemWord('75570')).toBe('75570');
    expect(stemWord('6x4')).toBe('6x4');
    expect(stemWord('т150к')).toBe('т150к');
  });
});

describe('stemText', () => {
  it('"dump trucks" becomes "dump truck"', () => {
    expect(stemText('Dump Trucks')).toBe('dump truck');
    expect(stemText('dump trucks')).toBe(stemText('dump truck'));
  });

  it('normalises, removes stop words, keeps model numbers', () => {
    expect(stemText('Самосвалы для карьера БелАЗ-75570')).toBe('самосвал карьер белаз 75570');
    expect(stemText('the buses of the city')).toBe('bus citi');
  });

  it('keeps repeated words (a document field keeps its word positions)', () => {
    expect(stemTokens('самосвал самосвалы')).toEqual(['самосвал', 'самосвал']);
  });

  it('returns an empty string for stop words only or empty input', () => {
    expect(stemText('и в на the of')).toBe('');
    expect(stemText('')).toBe('');
    expect(stemText(null)).toBe('');
  });
});
