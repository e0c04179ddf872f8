import { describe, expect, it } from '@jest/globals';
import { distillQuery } from '@tradebridge/search';
import { MAX_LISTED_TERMS, matchTerms } from './matched-terms.js';

const matchedTerms = (...args: Parameters<typeof matchTerms>) => matchTerms(...args).terms;

const belaz = {
  title: 'Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т',
  keywords: ['mining dump truck'],
  description: 'Для перевозки горной массы в карьерах.',
};

describe('matchedTerms', () => {
  it('lists the distilled query words the other listing contains, numbers with their unit', () => {
    const title = 'Карьерные самосвалы грузоподъёмностью 90 т для щебёночного карьера';
    const keywords = ['самосвал', 'карьерный', '90 т'];
    const { words } = distillQuery(title, keywords);
    expect(matchedTerms(words, [title, ...keywords].join('\n'), belaz)).toEqual(['самосвал', 'карьерный', '90 т', 'грузоподъемностью', 'карьера']);
  });

  it('finds other word forms, the other script and synonyms', () => {
    expect(matchedTerms(['самосвалы'], '', { title: 'Самосвал', keywords: [], description: '' })).toEqual(['самосвалы']);
    expect(matchedTerms(['белаз'], '', { title: 'BelAZ 75570', keywords: [], description: '' })).toEqual(['белаз']);
    expect(matchedTerms(['самосвал'], '', { title: 'Mining dump truck', keywords: [], description: '' })).toEqual(['самосвал']);
  });

  it('leaves out words the other listing does not contain and caps the list', () => {
    expect(matchedTerms(['трактор', 'самосвал'], '', belaz)).toEqual(['самосвал']);
    const words = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
    expect(matchedTerms(words, '', { title: words.join(' '), keywords: [], description: '' })).toHaveLength(MAX_LISTED_TERMS);
  });

  it('measures how much of the query the other listing covers, the description counting half', () => {
    const other = { title: 'Самосвал карьерный', keywords: ['БелАЗ'], description: 'Грузоподъёмность 90 т.' };
    expect(matchTerms(['самосвал', 'белаз', '90', 'трактор'], '', other).coverage).toBeCloseTo((1 + 1 + 0.5) / 4, 10);
    expect(matchTerms([], '', other)).toEqual({ terms: [], coverage: 0 });
  });
});

describe('multi-word synonyms', () => {
  it('match a phrase of the query as a whole ("mining dump truck" = "карьерный самосвал")', () => {
    const result = matchTerms(['mining', 'dump', 'truck', 'белаз'], '', { title: 'Карьерный самосвал', keywords: [], description: '' });
    expect(result.terms).toEqual(['mining dump truck']);
    expect(result.coverage).toBeCloseTo(3 / 4, 10);
  });
});
