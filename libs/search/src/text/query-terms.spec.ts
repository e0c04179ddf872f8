import { describe, expect, it } from '@jest/globals';
import { MAX_QUERY_TERMS, queryTerms } from './query-terms.js';

describe('queryTerms', () => {
  it('keeps each content word once by stem, in query order, with its kind', () => {
    expect(queryTerms('Карьерный самосвал 90 т, самосвалы БелАЗ-75570')).toEqual([
      { word: 'карьерный', stem: 'карьерн', kind: 'word' },
      { word: 'самосвал', stem: 'самосвал', kind: 'word' },
      { word: '90', stem: '90', kind: 'quantity' },
      { word: 'т', stem: 'т', kind: 'quantity' },
      { word: 'белаз', stem: 'белаз', kind: 'word' },
      { word: '75570', stem: '75570', kind: 'model' },
    ]);
  });

  it('takes codes with letters, numbers joined to a word and long numbers for models, years and short numbers for quantities', () => {
    const kinds = Object.fromEntries(queryTerms('т150к МАЗ-203 3522 2027 40').map((t) => [t.word, t.kind]));
    expect(kinds).toEqual({ т150к: 'model', маз: 'word', 203: 'model', 3522: 'model', 2027: 'quantity', 40: 'quantity' });
  });

  it('looks at more words than Meilisearch takes (a long formal query keeps its last words)', () => {
    const long = 'Машины и оборудование для добычи полезных ископаемых подземным и открытым способом, строительства, горнодобывающей промышленности и металлургии, бурения скважин прочие';
    const terms = queryTerms(long);
    expect(terms.length).toBeGreaterThan(10);
    expect(terms.map((t) => t.stem)).toContain('скважин');
    expect(queryTerms(Array.from({ length: 40 }, (_, i) => `слово${String.fromCharCode(1072 + i)}`).join(' '))).toHaveLength(MAX_QUERY_TERMS);
  });

  it('keeps a query of stop words only, and nothing for empty input', () => {
    expect(queryTerms('the who').map((t) => t.word)).toEqual(['the', 'who']);
    expect(queryTerms('  ')).toEqual([]);
  });
});
