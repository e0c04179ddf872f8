import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { normalizeText, tokenize } from './normalize.js';
import { isStopWord } from './stop-words.js';
import {
  MEILI_MAX_SYNONYM_KEY_WORDS,
  MEILI_MAX_SYNONYM_WORDS_PER_TERM,
  MEILI_MAX_SYNONYMS_PER_TERM,
  buildSynonymSettings,
  expandGroupsWithStems,
  stemmedGroups,
  loadSynonymGroups,
  parseSynonymGroups,
  phraseSeparatedQuery,
  synonymsOf,
  synonymsPath,
  toMeilisearchSynonyms,
} from './synonyms.js';

const rawGroups = JSON.parse(readFileSync(synonymsPath(), 'utf8')) as string[][];

describe('data/search/synonyms.json', () => {
  it('has at least 150 groups, none empty or trivial', () => {
    expect(Array.isArray(rawGroups)).toBe(true);
    expect(rawGroups.length).toBeGreaterThanOrEqual(150);
    for (const group of rawGroups) {
      expect(Array.isArray(group)).toBe(true);
      expect(new Set(group).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('holds only normalised terms: lower-case, ё folded, words separated by one space', () => {
    for (const term of rawGroups.flat()) {
      expect(term).toBe(normalizeText(term));
      expect(term).toBe(tokenize(term).join(' '));
      expect(term).not.toMatch(/[ёЁA-ZА-Я]/);
    }
  });

  it('keeps every term within the 3 words Meilisearch looks synonyms up for, and free of stop words', () => {
    for (const term of rawGroups.flat()) {
      const words = term.split(' ');
      expect(words.length).toBeLessThanOrEqual(MEILI_MAX_SYNONYM_KEY_WORDS);
      expect(words.filter(isStopWord)).toEqual([]);
    }
  });

  it('lists each term in one group only', () => {
    const seen = new Map<string, number>();
    rawGroups.forEach((group, i) => {
      for (const term of group) {
        expect([term, seen.get(term)]).toEqual([term, undefined]);
        seen.set(term, i);
      }
    });
  });

  it('connects the domain terms and brands both ways', () => {
    const related = (a: string, b: string) => expect(synonymsOf(a)).toContain(b);
    related('самосвал', 'dump truck');
    related('dump truck', 'самосвал');
    related('шина', 'tire');
    related('лекарства', 'medicines');
    related('масло сливочное', 'butter');
    related('снегоочиститель', 'snow plough');
    related('белаз', 'belaz');
    related('maz', 'маз');
    related('гомсельмаш', 'gomselmash');
    related('mzkt', 'мзкт');
  });
});

describe('loadSynonymGroups', () => {
  it('loads canonical groups once', () => {
    const groups = loadSynonymGroups();
    expect(groups).toBe(loadSynonymGroups());
    expect(groups.length).toBe(rawGroups.length);
  });

  it('parseSynonymGroups canonicalises and drops empty/trivial groups', () => {
    expect(parseSynonymGroups([['Самосвал', ' dump  truck '], [], ['один'], ['Ёлка', 'елка']])).toEqual([
      ['самосвал', 'dump truck'],
    ]);
    expect(() => parseSynonymGroups({})).toThrow();
    expect(() => parseSynonymGroups([[1, 2]])).toThrow();
  });
});

describe('toMeilisearchSynonyms', () => {
  it('maps every term to all the others of its group', () => {
    expect(toMeilisearchSynonyms([['маз', 'maz', 'минский автомобильный завод']])).toEqual({
      maz: ['маз', 'минский автомобильный завод'],
      маз: ['maz', 'минский автомобильный завод'],
      'минский автомобильный завод': ['маз', 'maz'],
    });
  });

  it('merges groups that share a term', () => {
    const result = toMeilisearchSynonyms([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(result['b']).toEqual(['a', 'c']);
    expect(result['a']).toEqual(['b']);
  });

  it('caps lists at Meilisearch limits', () => {
    const big = Array.from({ length: 80 }, (_, i) => `word${i}`);
    expect(toMeilisearchSynonyms([big])['word0']).toHaveLength(MEILI_MAX_SYNONYMS_PER_TERM);
    const phrases = ['key', ...Array.from({ length: 40 }, (_, i) => `p${i} q${i} r${i}`)];
    const capped = toMeilisearchSynonyms([phrases])['key'] ?? [];
    const words = capped.reduce((n, s) => n + s.split(' ').length, 0);
    expect(words).toBeLessThanOrEqual(MEILI_MAX_SYNONYM_WORDS_PER_TERM);
  });
});

describe('expandGroupsWithStems / buildSynonymSettings', () => {
  it('adds stemmed forms, skipping very short stems', () => {
    const [group] = expandGroupsWithStems([['лекарственные средства', 'medicines', 'семена', 'seeds']]);
    expect(group).toEqual(
      expect.arrayContaining(['лекарствен средств', 'medicin', 'seed']),
    );
    expect(group).not.toContain('сем');
    // a short word the stemmer left alone does not count as a short stem
    expect(expandGroupsWithStems([['городской автобус', 'city bus']])[0]).toContain('citi bus');
  });

  it('keeps a short stem two terms share and drops stems that two groups produce', () => {
    const [tyres] = expandGroupsWithStems([['шина', 'шины', 'tyre']]);
    expect(tyres).toContain('шин');
    const [engine, engineering] = expandGroupsWithStems([
      ['двигатель', 'engine'],
      ['инжиниринг', 'engineering'],
    ]);
    expect(engine).not.toContain('engin');
    expect(engineering).not.toContain('engin');
  });

  it('lets the stemmed query meet its synonyms', () => {
    const settings = buildSynonymSettings();
    expect(settings['самосвал']).toEqual(expect.arrayContaining(['dump truck', 'tipper']));
    expect(settings['dump truck']).toContain('самосвал');
    expect(settings['трансформатор']).toContain('transform');
    expect(settings['medicin']).toEqual(expect.arrayContaining(['лекарств', 'лекарствен средств']));
  });

  it('gives Meilisearch the stems only (the stemmed query meets synonyms); the API looks up both kinds', () => {
    const settings = buildSynonymSettings();
    // "лекарства" (a surface form) is no key of the index; its stem "лекарств" lists stems.
    expect(settings['лекарства']).toBeUndefined();
    expect(settings['лекарств']).toContain('medicin');
    expect(settings['лекарств']).not.toContain('medicines');
    expect(synonymsOf('лекарства')).toEqual(expect.arrayContaining(['medicines']));
    expect(synonymsOf('лекарства')).not.toContain('medicin');
    expect(stemmedGroups([['городской автобус', 'city bus', 'bus']])).toEqual([['bus', 'городск автобус', 'citi bus']]);
  });

  it('produces a valid setting within the limits', () => {
    const settings = buildSynonymSettings();
    for (const [key, list] of Object.entries(settings)) {
      expect(key).toBe(key.trim());
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(MEILI_MAX_SYNONYMS_PER_TERM);
      expect(list).not.toContain(key);
    }
    // a fresh copy each time
    expect(buildSynonymSettings()).not.toBe(settings);
    expect(buildSynonymSettings()).toEqual(settings);
  });
});

describe('phraseSeparatedQuery', () => {
  it('keeps multi-word synonyms together and sets every other word apart', () => {
    expect(phraseSeparatedQuery(['белаз', 'mine', 'dump', 'truck', '90'])).toBe('белаз, mine dump truck, 90');
    expect(phraseSeparatedQuery(['самосвал', 'карьерн'])).toBe('самосвал, карьерн');
    expect(phraseSeparatedQuery(['карьерн', 'самосвал'])).toBe('карьерн самосвал');
    // Surface forms are no keys of the index: nothing to keep together.
    expect(phraseSeparatedQuery(['карьерный', 'самосвал'])).toBe('карьерный, самосвал');
  });

  it('handles the stemmed forms and the edges', () => {
    expect(phraseSeparatedQuery(['карьерн', 'самосвал', 'белаз'])).toBe('карьерн самосвал, белаз');
    expect(phraseSeparatedQuery(['самосвал'])).toBe('самосвал');
    expect(phraseSeparatedQuery([])).toBe('');
  });
});
