import { describe, expect, it } from '@jest/globals';
import { MEILI_MAX_QUERY_WORDS, distillQuery, prepareSearchQuery } from './distill-query.js';

describe('distillQuery', () => {
  it('normalises, drops stop words and keeps model numbers', () => {
    const d = distillQuery('Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т', ['самосвал', 'горная техника']);
    expect(d.words).toEqual(['самосвал', 'горная', 'техника', 'карьерный', 'белаз', '75570', 'грузоподъемностью', '90']);
    expect(d.query).toBe(d.words.join(' '));
    expect(d.stemmed).toBe('самосвал горн техник карьерн белаз 75570 грузоподъемн 90');
  });

  it('drops duplicates, also by stem', () => {
    const d = distillQuery('Самосвалы МАЗ, самосвал MAZ', ['самосвалов']);
    expect(d.words).toEqual(['самосвалов', 'маз', 'maz']);
    expect(d.stemmedWords).toEqual(['самосвал', 'маз', 'maz']);
  });

  it('keeps at most 10 words, preferring models, keywords and nouns', () => {
    const title =
      'Поставка новых современных надёжных экономичных городских низкопольных автобусов МАЗ-203 ' +
      'с кондиционером для перевозки пассажиров в крупных городах области';
    const d = distillQuery(title, ['автобус', 'пассажирский транспорт']);
    expect(d.words.length).toBeLessThanOrEqual(MEILI_MAX_QUERY_WORDS);
    expect(d.words).toEqual(expect.arrayContaining(['автобус', 'пассажирский', 'транспорт', 'маз', '203']));
    expect(d.words).not.toContain('автобусов'); // same stem as the keyword
    expect(d.words).not.toContain('с');
  });

  it('honours a smaller maxWords and keeps source order', () => {
    const d = distillQuery('Трактор Беларус 3522 мощностью 350 л.с.', null, 3);
    expect(d.words).toEqual(['трактор', 'беларус', '3522']);
  });

  it('drops listing boilerplate and does not take years for models', () => {
    const d = distillQuery('Поставка новых городских автобусов до сентября 2027 г., 40 шт.', null, 3);
    expect(d.words).toEqual(['городских', 'автобусов', 'сентября']);
    expect(distillQuery('Требуются запчасти').words).toEqual(['запчасти']);
  });

  it('never exceeds 10 even when asked for more', () => {
    const many = Array.from({ length: 30 }, (_, i) => `слово${String.fromCharCode(1072 + i)}`).join(' ');
    expect(distillQuery(many, [], 50).words.length).toBe(10);
  });

  it('returns an empty query for empty input', () => {
    expect(distillQuery('', [])).toEqual({ words: [], query: '', stemmedWords: [], stemmed: '' });
    expect(distillQuery('и в на', undefined).query).toBe('');
  });
});

describe('prepareSearchQuery', () => {
  it('normalises and stems a user query', () => {
    expect(prepareSearchQuery('  Самосвалы  для карьера БелАЗ-75570 ')).toEqual({
      raw: '  Самосвалы  для карьера БелАЗ-75570 ',
      normalized: 'самосвалы для карьера белаз 75570',
      stemmed: 'самосвал карьер белаз 75570',
      truncated: false,
      terms: [
        { word: 'самосвалы', stem: 'самосвал', kind: 'word' },
        { word: 'карьера', stem: 'карьер', kind: 'word' },
        { word: 'белаз', stem: 'белаз', kind: 'word' },
        { word: '75570', stem: '75570', kind: 'model' },
      ],
    });
    expect(prepareSearchQuery('Dump Trucks').stemmed).toBe('dump truck');
  });

  it('cuts long queries to 10 words, dropping stop words first', () => {
    const q = prepareSearchQuery(
      'нужны новые автобусы для города и для пригорода с кондиционером и низким полом и пандусом для колясок',
    );
    expect(q.truncated).toBe(true);
    expect(q.normalized.split(' ')).toHaveLength(10);
    expect(q.normalized).not.toMatch(/\bдля\b/);
    expect(q.stemmed.split(' ').length).toBeLessThanOrEqual(10);
  });

  it('keeps a query of stop words only rather than returning nothing', () => {
    expect(prepareSearchQuery('the who').stemmed).toBe('the who');
  });

  it('handles empty input (placeholder search)', () => {
    expect(prepareSearchQuery(undefined)).toEqual({ raw: '', normalized: '', stemmed: '', truncated: false, terms: [] });
  });
});
