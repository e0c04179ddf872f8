import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { normalizeText } from './normalize.js';
import { allStopWords, isStopWord, loadStopWords, parseWordList, removeStopWords, stopWordsPath } from './stop-words.js';

describe('stop words', () => {
  it.each(['ru', 'en'] as const)('%s list is a standard-sized, normalised, one-word-a-line list', (lang) => {
    const lines = readFileSync(stopWordsPath(lang), 'utf8').split('\n').filter((l) => l.trim());
    expect(lines.length).toBeGreaterThanOrEqual(150);
    expect(lines.length).toBeLessThanOrEqual(400);
    for (const line of lines) {
      expect(line).toBe(normalizeText(line));
      expect(line).toMatch(/^[\p{L}]+$/u);
    }
    expect(new Set(lines).size).toBe(lines.length);
    expect(loadStopWords(lang).size).toBe(lines.length);
  });

  it('is cached', () => {
    expect(loadStopWords('ru')).toBe(loadStopWords('ru'));
    expect(allStopWords()).toBe(allStopWords());
  });

  it('knows common Russian and English function words but no domain words', () => {
    for (const w of ['и', 'в', 'для', 'еще', 'the', 'of', 'and']) expect(isStopWord(w)).toBe(true);
    for (const w of ['самосвал', 'truck', 'маз', '75570', 'bus']) expect(isStopWord(w)).toBe(false);
  });

  it('removes stop words keeping order', () => {
    expect(removeStopWords(['самосвал', 'для', 'карьера', 'the', 'mine'])).toEqual(['самосвал', 'карьера', 'mine']);
  });

  it('parses lists leniently (comments, blanks, ё, case)', () => {
    expect(parseWordList('# comment\n\nЕЩЁ\r\n  тоже \n')).toEqual(['еще', 'тоже']);
  });
});
