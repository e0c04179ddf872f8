import { describe, expect, it } from '@jest/globals';
import { COLUMNS, kindOfColumns, matchHeaders } from './import-columns.js';

const keys = (headers: string[], kind: 'OFFERING' | 'NEED' | null) => [...matchHeaders(headers, kind).columns.values()].map((c) => c.key);

describe('import columns', () => {
  it('matches Russian and English headers in any order, ignoring case, ё and punctuation', () => {
    expect(keys(['HS code', 'наименование*', 'Цена от, ', 'Срок поставки, дней', 'ед. изм.'], 'OFFERING')).toEqual(['hsCode', 'title', 'priceMin', 'leadTimeDays', 'unit']);
    expect(keys(['Lead time, days', 'Title', 'Код ТН ВЭД'], 'OFFERING')).toEqual(['leadTimeDays', 'title', 'hsCode']);
  });

  it('reports unknown and repeated headers without failing', () => {
    const match = matchHeaders(['Наименование', 'Примечание', 'Title', ''], 'OFFERING');
    expect(match.unknown).toEqual(['Примечание']);
    expect(match.repeated).toEqual(['Title']);
  });

  it('tells the kind by the columns only one kind has; "Срок поставки" is a lead time for offerings and a date for needs', () => {
    expect(kindOfColumns(matchHeaders(['Наименование', 'Цена от'], null).columns.values())).toEqual({ kind: 'OFFERING' });
    expect(kindOfColumns(matchHeaders(['Наименование', 'Бюджет'], null).columns.values())).toEqual({ kind: 'NEED' });
    expect(kindOfColumns(matchHeaders(['Наименование', 'Срок поставки'], null).columns.values())).toEqual({ unknown: true });
    expect('mixed' in kindOfColumns(matchHeaders(['Цена от', 'Нужно к'], null).columns.values())).toBe(true);
    expect(keys(['Срок поставки'], 'OFFERING')).toEqual(['leadTimeDays']);
    expect(keys(['Срок поставки'], 'NEED')).toEqual(['neededBy']);
  });

  it('has a Russian and an English header and a note in both languages for every column', () => {
    for (const column of COLUMNS) expect([column.ru, column.en, column.noteRu, column.noteEn].every(Boolean)).toBe(true);
  });
});
