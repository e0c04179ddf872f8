import { describe, expect, it } from '@jest/globals';
import { fixMixedScript, isModelToken, normalizeText, sanitizeDisplayText, searchableDisplayText, tokenize, tokenScript } from './normalize.js';

describe('normalizeText', () => {
  it('folds ё and Ё to е and lower-cases', () => {
    expect(normalizeText('Грузоподъёмность ЁЛКА')).toBe('грузоподъемность елка');
  });

  it('removes NUL and control characters, turning \\n \\t \\r into spaces', () => {
    expect(normalizeText('само\u0000свал\u0007')).toBe('самосвал');
    expect(normalizeText('dump\ttruck\r\nfor\nmine')).toBe('dump truck for mine');
    expect(normalizeText('a\u0001mark\u0002b')).toBe('amarkb');
    expect(normalizeText('page\fbreak\vtab')).toBe('page break tab');
  });

  it('removes invisible format characters inside words', () => {
    expect(normalizeText('само\u00ADсвал')).toBe('самосвал');
    expect(normalizeText('\uFEFFтрак\u200Bтор')).toBe('трактор');
  });

  it('drops lone surrogates but keeps valid pairs', () => {
    expect(normalizeText('a\uD800b')).toBe('ab');
    expect(normalizeText('a😀b')).toBe('a😀b');
  });

  it('collapses whitespace and trims (NBSP included)', () => {
    expect(normalizeText('  самосвал \u00A0\u2003 белаз  ')).toBe('самосвал белаз');
  });

  it('applies NFKC (full-width letters, ligatures)', () => {
    expect(normalizeText('ＭＡＺ ﬁlter')).toBe('maz filter');
  });

  it('folds Belarusian letters for search', () => {
    expect(normalizeText('Беларускі аўтобус')).toBe('беларуски аутобус');
    expect(normalizeText('ІЎ')).toBe('иу');
  });

  it('fixes homoglyph slips in mixed-script words', () => {
    expect(normalizeText('MАЗ')).toBe('маз'); // Latin M + Cyrillic АЗ
    expect(normalizeText('BELАZ')).toBe('belaz'); // Cyrillic А in a Latin word
    expect(fixMixedScript('abc')).toBe('abc');
  });

  it('finds the slip wherever it sits in a longer text, and leaves words of one script alone', () => {
    expect(normalizeText('Самосвал БeлАЗ-75570 для карьера')).toBe('самосвал белаз-75570 для карьера'); // Latin e
    expect(normalizeText('тягач MАZ6430 и прицеп')).toBe('тягач maz6430 и прицеп'); // Cyrillic А between Latin M and Z
    expect(normalizeText('шасси МАЗ MAN TGS, EAC, 6х4')).toBe('шасси маз man tgs, eac, 6x4');
    expect(normalizeText('«Ремонт» — №5, 20°C, 2 × 3')).toBe('«ремонт» — no5, 20°c, 2x3');
  });

  it('runs the Unicode passes only where they can change something', () => {
    expect(normalizeText('ﬁlter ＭＡＺ')).toBe('filter maz'); // compatibility forms still folded (NFKC)
    expect(normalizeText('йка')).toBe('йка'); // combining breve composed
    expect(sanitizeDisplayText('é​')).toBe('é'); // NFC; zero-width space removed
  });

  it('unifies dimension separators between digits', () => {
    expect(normalizeText('6х4')).toBe('6x4');
    expect(normalizeText('1200 × 800')).toBe('1200x800');
  });

  it('is idempotent and handles null', () => {
    const once = normalizeText(' Самосвал  БелАЗ-75570, 90 т ');
    expect(normalizeText(once)).toBe(once);
    expect(normalizeText(null)).toBe('');
    expect(normalizeText(undefined)).toBe('');
  });
});

describe('tokenize', () => {
  it('splits into letter/digit words, hyphens included, like Meilisearch', () => {
    expect(tokenize('Самосвал БелАЗ-75570, 90 т.')).toEqual(['самосвал', 'белаз', '75570', '90', 'т']);
    expect(tokenize('МАЗ-203 (city bus)')).toEqual(['маз', '203', 'city', 'bus']);
  });

  it('keeps letter-digit codes together', () => {
    expect(tokenize('Шасси 6х4, двигатель Д-260')).toEqual(['шасси', '6x4', 'двигатель', 'д', '260']);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenize(' -- ,. ')).toEqual([]);
  });
});

describe('tokenScript / isModelToken', () => {
  it('classifies tokens', () => {
    expect(tokenScript('самосвал')).toBe('cyrillic');
    expect(tokenScript('truck')).toBe('latin');
    expect(tokenScript('75570')).toBe('numeric');
    expect(tokenScript('6x4')).toBe('mixed');
    expect(isModelToken('75570')).toBe(true);
    expect(isModelToken('маз')).toBe(false);
  });
});

describe('sanitizeDisplayText', () => {
  it('keeps case, ё, newlines and № but strips control characters', () => {
    expect(sanitizeDisplayText('Ёмкость №1\r\nстрока\u0000\u0001')).toBe('Ёмкость №1\nстрока');
  });
});

describe('searchableDisplayText', () => {
  it('folds ё/Ё but keeps case and line breaks', () => {
    expect(searchableDisplayText('Грузоподъёмность ЁМКОСТИ\u0000\nстрока')).toBe('Грузоподъемность ЕМКОСТИ\nстрока');
    expect(searchableDisplayText(null)).toBe('');
  });
});
