import { describe, expect, it } from '@jest/globals';
import { Bm25, snowballStems } from './bm25.js';
import { parseCsv } from './out-of-sample-set.js';
import { listingText } from './out-of-sample.js';

describe('the out-of-sample tooling', () => {
  it('reads RFC 4180 CSV: quoted commas, doubled quotes, CRLF, a last line without a break', () => {
    expect(parseCsv('code,name\r\n01,"Сеянцы, саженцы"\r\n02,"Шпалы ""Б"""\n03,Смолы')).toEqual([
      ['code', 'name'],
      ['01', 'Сеянцы, саженцы'],
      ['02', 'Шпалы "Б"'],
      ['03', 'Смолы'],
    ]);
  });

  it('keeps a name as the title when it fits, else cuts the title at a word and keeps the whole name as the description', () => {
    expect(listingText('Смолы природные')).toEqual({ title: 'Смолы природные', description: '' });
    const long = `${'слово '.repeat(60)}конец`;
    const { title, description } = listingText(long);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('слово…')).toBe(true);
    expect(description).toBe(long);
  });

  it('BM25 ranks the document with the rarer word first and ignores documents without any query word', () => {
    const bm25 = new Bm25();
    bm25.add('a', 'услуги по ремонту');
    bm25.add('b', 'услуги по сушке древесины');
    bm25.add('c', 'услуги связи');
    const ranked = bm25.search('сушка услуг', 10);
    expect(ranked[0]).toBe('b');
    expect(ranked.slice(1)).toEqual(['c', 'a']); // the same word; the shorter document first
    expect(bm25.search('неизвестное', 10)).toEqual([]);
    expect(snowballStems('Ёлки Trucks')).toEqual(['елк', 'truck']);
  });
});
