import { describe, expect, it } from '@jest/globals';
import { prepareSearchQuery } from './distill-query.js';
import { CROP_WORDS, markText, queryMarks, withinTypos } from './query-marks.js';

const mark = (query: string, text: string, options: { typos?: boolean; crop?: boolean } = {}) =>
  markText(text, queryMarks(prepareSearchQuery(query)), { typos: options.typos ?? true, crop: options.crop });

describe('queryMarks / markText', () => {
  it('marks every form of a query word by its stem, and escapes the rest of the text', () => {
    expect(mark('самосвалы', 'Самосвал <b>БелАЗ</b> & самосвалов')).toBe('<mark>Самосвал</mark> &lt;b&gt;БелАЗ&lt;/b&gt; &amp; <mark>самосвалов</mark>');
  });

  it('marks a multi-word synonym where its words stand together, in the other language too', () => {
    expect(mark('карьерный самосвал', 'Mining dump truck, 90 t')).toBe('<mark>Mining</mark> <mark>dump</mark> <mark>truck</mark>, 90 t');
    // "dump" alone is not the synonym "dump truck".
    expect(mark('самосвал', 'Dump site services')).toBeNull();
  });

  it('marks a brand written in the other script', () => {
    expect(mark('belaz', 'Карьерный самосвал БелАЗ-75570')).toBe('Карьерный самосвал <mark>БелАЗ</mark>-75570');
  });

  it('marks a one-letter last word only where it stands alone, and no stop word', () => {
    expect(mark('самосвал 90 т', 'Самосвал 90 т, транспортировка')).toBe('<mark>Самосвал</mark> <mark>90</mark> <mark>т</mark>, транспортировка');
    expect(mark('самосвал для карьера', 'Самосвал для карьеров')).toBe('<mark>Самосвал</mark> для <mark>карьеров</mark>');
  });

  it('takes the last word of two letters or more as the start of a word (the searcher may still be typing)', () => {
    expect(mark('карьерный самос', 'Самосвал карьерный')).toBe('<mark>Самосвал</mark> <mark>карьерный</mark>');
    expect(mark('самос карьерный', 'Самосвал карьерный')).toBe('Самосвал <mark>карьерный</mark>');
  });

  it('forgives typos only where the field does, and never in numbers', () => {
    expect(mark('самасвал', 'Самосвал МАЗ')).toBe('<mark>Самосвал</mark> МАЗ');
    expect(mark('самасвал', 'Самосвал МАЗ', { typos: false })).toBeNull();
    expect(mark('65115', 'КАМАЗ-65116 и 65115')).toBe('КАМАЗ-65116 и <mark>65115</mark>');
  });

  it('crops long text to the words around its matches, with "…" where it was cut', () => {
    const words = Array.from({ length: 60 }, (_, i) => (i === 40 ? 'тракторы' : `w${i}`));
    const cropped = mark('трактор', words.join(' '), { crop: true })!;
    expect(cropped.startsWith('…')).toBe(true);
    expect(cropped.endsWith('…')).toBe(true);
    expect(cropped).toContain('<mark>тракторы</mark>');
    expect(cropped.replace(/…/g, '').split(' ')).toHaveLength(CROP_WORDS);
    // The match sits in the middle, not at an edge.
    expect(cropped).toContain('w29 ');
    // Short text is not cut.
    expect(mark('трактор', 'Тракторы МТЗ', { crop: true })).toBe('<mark>Тракторы</mark> МТЗ');
  });

  it('crops to where most words match', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[5] = 'трактор';
    words[70] = 'трактор';
    words[72] = 'МТЗ';
    const cropped = mark('трактор мтз', words.join(' '), { crop: true })!;
    expect(cropped).toContain('<mark>трактор</mark> w71 <mark>МТЗ</mark>');
    expect(cropped).not.toContain('w5 ');
  });
});

describe('withinTypos', () => {
  it('forgives one typo from 5 letters, two from 9, a swap as one', () => {
    expect(withinTypos('трактр', 'трактор')).toBe(true);
    expect(withinTypos('тракотр', 'трактор')).toBe(true);
    expect(withinTypos('трктр', 'трактор')).toBe(false);
    expect(withinTypos('сорт', 'сорта')).toBe(true);
    expect(withinTypos('борт', 'сорт')).toBe(false);
    expect(withinTypos('погрушчик', 'погрузчик')).toBe(true);
    expect(withinTypos('пгрушчик', 'погрузчик')).toBe(true);
  });
});
