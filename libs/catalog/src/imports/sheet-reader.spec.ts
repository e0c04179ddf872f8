import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { repoPath } from '@tradebridge/core';
import { decode, detectDelimiter, FileRefused, readSpreadsheet } from './sheet-reader.js';
import { writeCsv, writeXlsx } from './spreadsheet-writer.js';

const fixture = (name: string) => readFileSync(repoPath(`tests/fixtures/imports/${name}`));
const refusal = async (bytes: Buffer) => {
  try {
    await readSpreadsheet(bytes);
  } catch (error) {
    return (error as FileRefused).problem;
  }
  return 'read';
};

describe('readSpreadsheet', () => {
  it('reads a Windows-1251 CSV with semicolons, quoted fields and line numbers', async () => {
    const file = await readSpreadsheet(fixture('needs-windows-1251-semicolon.csv'));
    expect(file.format).toBe('CSV');
    expect(file.rows[0].cells[0]).toBe('Наименование');
    expect(file.rows[2]).toMatchObject({ line: 3 });
    expect(file.rows[2].cells[1]).toBe('Для ремонта дорог; поставка партиями');
  });

  it('reads UTF-8 with a BOM and commas', async () => {
    const file = await readSpreadsheet(fixture('offerings-utf8-bom-comma.csv'));
    expect(file.rows[0].cells[0]).toBe('Title');
    expect(file.rows[1].cells.slice(0, 2)).toEqual(['Tractor BELARUS 82.1', 'Universal tractor, 81 hp']);
  });

  it('counts a quoted field spanning lines as one row starting at its first line', async () => {
    const file = await readSpreadsheet(Buffer.from('Наименование;Описание\n"Трактор";"строка 1\nстрока 2"\nПогрузчик;x\n'));
    expect(file.rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads the stored value of formulas and never evaluates them', async () => {
    const file = await readSpreadsheet(fixture('formulas.xlsx'));
    expect(file.rows[1].cells[0]).toBe('Трактор Беларус 1221');
    expect(file.rows[1].cells[3]).toBe(2000);
    expect(file.rows[2].cells[3]).toEqual({ problem: 'FORMULA_WITHOUT_VALUE', detail: '=D2*3' });
  });

  it('refuses what is not an importable spreadsheet, each with its reason', async () => {
    expect(await refusal(fixture('empty.xlsx'))).toBe('EMPTY_FILE');
    expect(await refusal(fixture('png-renamed.xlsx'))).toBe('NOT_A_SPREADSHEET');
    expect(await refusal(fixture('zip-bomb-declared.xlsx'))).toBe('ZIP_BOMB');
    expect(await refusal(fixture('zip-bomb-lying.xlsx'))).toBe('ZIP_BOMB');
    // (the exact limit, 5,000 rows below the header, is parseImportFile's: e2e imports-bad-input)
    expect(await refusal(Buffer.from('a;b\n'.repeat(6000)))).toBe('TOO_MANY_ROWS');
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('OLD_EXCEL');
    expect(await refusal(Buffer.from('   \r\n'))).toBe('EMPTY_FILE');
    expect(await refusal(Buffer.alloc(10 * 1024 * 1024 + 1, 0x41))).toBe('FILE_TOO_LARGE');
  });

  it('reads back what the export writes, in both formats', async () => {
    const rows = [{ title: '=SUM(A1)', priceMin: 350000.5, validUntil: new Date('2099-12-31T00:00:00Z'), keywords: 'самосвал; МАЗ' }];
    const xlsx = await readSpreadsheet(await writeXlsx({ kind: 'OFFERING', language: 'RU', rows }));
    const csv = await readSpreadsheet(writeCsv({ kind: 'OFFERING', language: 'RU', rows }));
    for (const file of [xlsx, csv]) {
      expect(file.rows).toHaveLength(2);
      expect(file.rows[1].cells).toContain("'=SUM(A1)");
      expect(file.rows[1].cells).toContain('самосвал; МАЗ');
    }
    expect(xlsx.rows[1].cells).toContainEqual(new Date('2099-12-31T00:00:00Z'));
    expect(csv.rows[1].cells).toContain('31.12.2099');
    expect(csv.rows[1].cells).toContain('350000,5');
  });
});

describe('decode and detectDelimiter', () => {
  it('tells UTF-8 from Windows-1251 and finds the delimiter outside quotes', () => {
    expect(decode(iconv.encode('Цена от;Валюта', 'win1251'))).toBe('Цена от;Валюта');
    expect(decode(Buffer.from('Цена от;Валюта'))).toBe('Цена от;Валюта');
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Цена', 'utf-16le')]))).toBe('Цена');
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c,d\n1,2,3')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });
});
