import { describe, expect, it } from '@jest/globals';
import { escapeFormula, listCell, writeCsv } from './spreadsheet-writer.js';

describe('spreadsheet writer', () => {
  it('escapes text a spreadsheet would take for a formula (CSV injection)', () => {
    for (const text of ['=HYPERLINK("x")', '+7 900', '-40 °C', '@SUM(A1)', '\tx', '\rx']) expect(escapeFormula(text)).toBe(`'${text}`);
    expect(escapeFormula('Самосвал = 90 т')).toBe('Самосвал = 90 т');
  });

  it('joins lists with semicolons, protecting a single item that contains a comma', () => {
    expect(listCell(['EAC', 'ISO 9001'])).toBe('EAC; ISO 9001');
    expect(listCell(['dump truck, 45 t'])).toBe('dump truck, 45 t;');
    expect(listCell([])).toBeNull();
  });

  it('writes CSV as UTF-8 with BOM, semicolons, quotes where needed and a decimal comma in Russian', () => {
    const bytes = writeCsv({ kind: 'NEED', language: 'RU', rows: [{ title: 'Щебень; гранитный', quantity: 12500.5, neededBy: new Date('2099-06-15T00:00:00Z'), description: '"=1+1"' }] });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header.startsWith('Артикул;Наименование;Описание;')).toBe(true);
    expect(row).toContain('"Щебень; гранитный"');
    expect(row).toContain(';12500,5;');
    expect(row).toContain(';15.06.2099;');
    expect(row).toContain(';"""=1+1""";');
  });
});
