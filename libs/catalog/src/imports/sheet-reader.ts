import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { RawCell } from './cell-values.js';
import { checkZip, isZip, readCentralDirectory, ZipRefused } from './zip-guard.js';

// Reads an uploaded file into rows of cells, whatever the office produced: XLSX (through the zip guard,
// then exceljs: formulas give their stored value and are never evaluated) or CSV in UTF-8 (with or
// without BOM), UTF-16 or Windows-1251, with `;`, `,` or tab as delimiter. Everything that is not a
// spreadsheet, or is one past the limits, is refused with a reason (FileRefused).

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 5000;
/** A header may sit below a few title lines of a price list. */
export const HEADER_SEARCH_ROWS = 10;

export type FileFormat = 'XLSX' | 'CSV';

export type FileProblem =
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'NOT_A_SPREADSHEET'
  | 'OLD_EXCEL'
  | 'ZIP_BOMB'
  | 'ENCRYPTED'
  | 'CORRUPT'
  | 'TOO_MANY_ROWS'
  | 'NO_HEADER'
  | 'NO_ROWS'
  | 'MISSING_COLUMN'
  | 'MIXED_KINDS'
  | 'KIND_MISMATCH'
  | 'KIND_UNKNOWN'
  | 'RECORD_TOO_LONG';

export class FileRefused extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(problem);
  }
}

export interface SheetRow {
  /** The line (CSV) or row number (XLSX) a person sees. */
  line: number;
  cells: RawCell[];
}

export interface ReadFile {
  format: FileFormat;
  rows: SheetRow[];
  /** XLSX sheets with data other than the one read. */
  ignoredSheets: string[];
}

const NOTES_SHEETS = new Set(['notes', 'пояснения', 'примечания', 'инструкция', 'instructions', 'readme']);

/** Reads the file's first data sheet (XLSX) or its records (CSV); empty rows are left out. */
export async function readSpreadsheet(bytes: Buffer): Promise<ReadFile> {
  if (bytes.length > MAX_FILE_BYTES) throw new FileRefused('FILE_TOO_LARGE', { megabytes: MAX_FILE_BYTES / 1024 / 1024 });
  if (bytes.length === 0) throw new FileRefused('EMPTY_FILE');
  const sniffed = sniff(bytes);
  if (sniffed === 'ZIP') return readXlsx(bytes);
  if (sniffed === 'OLE') throw new FileRefused('OLD_EXCEL');
  if (sniffed !== 'TEXT') throw new FileRefused('NOT_A_SPREADSHEET', { detected: sniffed });
  return readCsv(bytes);
}

type Sniffed = 'ZIP' | 'OLE' | 'TEXT' | 'PNG' | 'JPEG' | 'GIF' | 'PDF' | 'BINARY';

function sniff(bytes: Buffer): Sniffed {
  const head = bytes.subarray(0, 8);
  if (isZip(bytes)) return 'ZIP';
  if (head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'PNG';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'JPEG';
  if (head.subarray(0, 4).toString('latin1') === 'GIF8') return 'GIF';
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'PDF';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'OLE';
  if (head[0] === 0xff && head[1] === 0xfe) return 'TEXT';
  // Text has no NUL bytes (UTF-16 without a BOM is not something offices write for CSV).
  return bytes.subarray(0, 8192).includes(0) ? 'BINARY' : 'TEXT';
}

// ---- XLSX ----

async function readXlsx(bytes: Buffer): Promise<ReadFile> {
  try {
    checkZip(bytes);
  } catch (error) {
    if (!(error instanceof ZipRefused)) throw error;
    if (error.problem === 'TOO_LARGE' || error.problem === 'TOO_MANY_ENTRIES') throw new FileRefused('ZIP_BOMB');
    if (error.problem === 'ENCRYPTED') throw new FileRefused('ENCRYPTED');
    throw new FileRefused('CORRUPT');
  }
  if (!readCentralDirectory(bytes).some((e) => e.name === 'xl/workbook.xml')) throw new FileRefused('NOT_A_SPREADSHEET', { detected: 'ZIP' });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileRefused('CORRUPT');
  }
  const sheets = workbook.worksheets.filter((ws) => !NOTES_SHEETS.has(ws.name.trim().toLocaleLowerCase('ru')) && ws.actualRowCount > 0);
  const [sheet, ...others] = sheets;
  if (!sheet) throw new FileRefused('NO_ROWS');
  if (sheet.actualRowCount > MAX_ROWS + HEADER_SEARCH_ROWS) throw new FileRefused('TOO_MANY_ROWS', { max: MAX_ROWS });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellOf(values[i + 1]));
    if (cells.some((c) => c !== null && c !== '')) rows.push({ line: rowNumber, cells });
  });
  return { format: 'XLSX', rows, ignoredSheets: others.map((ws) => ws.name) };
}

/** An exceljs cell value as a RawCell: a formula's stored result, rich text and links as their text. */
export function cellOf(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    const formula = String(v.formula ?? v.sharedFormula ?? '');
    if (v.result === undefined || v.result === null) return { problem: 'FORMULA_WITHOUT_VALUE', detail: `=${formula}`.slice(0, 100) };
    return cellOf(v.result);
  }
  if ('error' in v) return { problem: 'ERROR_VALUE', detail: String(v.error) };
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
  if ('text' in v) return cellOf(v.text);
  return null;
}

// ---- CSV ----

function readCsv(bytes: Buffer): ReadFile {
  const text = decode(bytes);
  if (text.trim() === '') throw new FileRefused('EMPTY_FILE');
  const delimiter = detectDelimiter(text);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // Past the row limit there is nothing to read; a record of more than 200,000 characters is no row.
      to: (MAX_ROWS + HEADER_SEARCH_ROWS) * 2 + 1,
      max_record_size: 200_000,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'CSV_MAX_RECORD_SIZE') throw new FileRefused('RECORD_TOO_LONG');
    throw new FileRefused('CORRUPT');
  }
  const rows: SheetRow[] = [];
  for (const { record, info } of records) {
    if (!record.some((c) => c.trim() !== '')) continue;
    // info.lines is where the record ends; a quoted field may span lines.
    const breaks = record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    rows.push({ line: info.lines - breaks, cells: record.map((c) => (c === '' ? null : c)) });
  }
  if (rows.length > MAX_ROWS + HEADER_SEARCH_ROWS || records.length > (MAX_ROWS + HEADER_SEARCH_ROWS) * 2) {
    throw new FileRefused('TOO_MANY_ROWS', { max: MAX_ROWS });
  }
  return { format: 'CSV', rows, ignoredSheets: [] };
}

/** UTF-8 (BOM or not), UTF-16 LE with BOM, otherwise Windows-1251 (what Russian Excel saves as "CSV"). */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'win1251');
  }
}

/** The one of `;`, `,` and tab that the first lines use most outside quotes (`;` on a tie: Russian Excel's). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  let lines = 0;
  for (const char of text.slice(0, 64 * 1024)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
    else if (!quoted && char === '\n' && ++lines >= 5) break;
  }
  let best = ';';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}
