import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { checkZip, readCentralDirectory, ZipRefused, type ZipLimits } from './zip-guard.js';

const LIMITS: ZipLimits = { maxEntries: 5, maxTotalBytes: 1000, maxRatio: 50, ratioFloorBytes: 100 };

/** One deflated entry; the directories declare `declared` bytes inflated. */
function zip(content: Buffer, declared = content.length, entries = 1): Buffer {
  const data = deflateRawSync(content);
  const name = Buffer.from('a.xml');
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < entries; i++) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as ZipRefused).problem;
  }
  return 'accepted';
};

describe('zip guard', () => {
  it('reads a real XLSX written by exceljs and counts its inflated bytes', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data').addRow(['Наименование', 'Код ТН ВЭД']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(readCentralDirectory(bytes).map((e) => e.name)).toContain('xl/workbook.xml');
    expect(checkZip(bytes)).toBeGreaterThan(1000);
  });

  it('accepts an archive within the limits', () => {
    // Text that hardly compresses (a ratio under the limit).
    const text = Buffer.from(Array.from({ length: 500 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''));
    expect(checkZip(zip(text), LIMITS)).toBe(500);
  });

  it('refuses an archive whose declared sizes pass the limit before inflating anything', () => {
    expect(problemOf(() => checkZip(zip(Buffer.alloc(10), 5000), LIMITS))).toBe('TOO_LARGE');
  });

  it('refuses an entry that inflates more than the allowed ratio', () => {
    expect(problemOf(() => checkZip(zip(Buffer.alloc(900)), LIMITS))).toBe('TOO_LARGE');
  });

  it('stops inflating an entry that lies about its size at the budget', () => {
    // Declares 10 bytes, inflates to 100,000: refused although the declared sizes are tiny.
    expect(problemOf(() => checkZip(zip(Buffer.alloc(100_000), 10), LIMITS))).toBe('TOO_LARGE');
    expect(problemOf(() => checkZip(zip(Buffer.from('y'.repeat(600)), 300), LIMITS))).toBe('TOO_LARGE');
  });

  it('refuses too many entries, a missing directory and non-ZIP bytes', () => {
    expect(problemOf(() => checkZip(zip(Buffer.from('a'), 1, 6), LIMITS))).toBe('TOO_MANY_ENTRIES');
    expect(problemOf(() => checkZip(zip(Buffer.from('a')).subarray(0, 40), LIMITS))).toBe('CORRUPT');
    expect(problemOf(() => checkZip(Buffer.from('not a zip'), LIMITS))).toBe('NOT_ZIP');
  });
});
