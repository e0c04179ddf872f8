// Cell values as Russian and English offices write them, read into what the listing inputs take: decimal
// comma or point with spaces as thousands separators, dates as 31.12.2027 or ISO (or an Excel date),
// lists separated by semicolons. Pure functions; the listing's own validation runs afterwards.

/** What a spreadsheet cell holds once read (a formula: its stored value; never evaluated). */
export type RawCell = string | number | boolean | Date | null | CellProblem;

export interface CellProblem {
  problem: 'FORMULA_WITHOUT_VALUE' | 'ERROR_VALUE';
  detail: string;
}

export type CellErrorCode =
  | 'FORMULA_WITHOUT_VALUE'
  | 'ERROR_VALUE'
  | 'CELL_TOO_LONG'
  | 'NOT_A_NUMBER'
  | 'NOT_AN_AMOUNT'
  | 'NOT_A_DATE'
  | 'NOT_A_KIND'
  | 'NOT_A_CURRENCY'
  | 'NOT_A_STATUS';

export class CellError extends Error {
  constructor(
    readonly code: CellErrorCode,
    readonly detail = '',
  ) {
    super(code);
  }
}

/** The longest cell read (the longest field, a description, has 10,000 characters). */
export const MAX_CELL_CHARACTERS = 10_000;

export function isProblem(cell: RawCell): cell is CellProblem {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'problem' in cell;
}

// An export escapes text starting with = + - @ (or a tab / carriage return) with a leading apostrophe
// against CSV injection; reading it back removes exactly that apostrophe.
const ESCAPED = /^'[=+\-@\t\r]/;

/** The cell as text, or null when empty. Numbers keep their digits ("12345", not "12345.0"). */
export function textOf(cell: RawCell): string | null {
  if (isProblem(cell)) throw new CellError(cell.problem, cell.detail);
  if (cell === null || cell === undefined) return null;
  let text: string;
  if (cell instanceof Date) text = isoDate(cell);
  else if (typeof cell === 'number') text = String(cell);
  else if (typeof cell === 'boolean') text = cell ? 'TRUE' : 'FALSE';
  else text = cell;
  if ([...text].length > MAX_CELL_CHARACTERS) throw new CellError('CELL_TOO_LONG', String(MAX_CELL_CHARACTERS));
  if (ESCAPED.test(text)) text = text.slice(1);
  return text.trim() === '' ? null : text;
}

/** "350 000,50", "350000.5", 1234.5 (a number cell) -> "350000.50"-style decimal text, or null when empty. */
export function amountOf(cell: RawCell): string | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) throw new CellError('NOT_AN_AMOUNT', String(cell));
    const rounded = Math.round(cell * 100) / 100;
    // A float that is not within a rounding error of two decimals really has more decimals.
    if (Math.abs(rounded - cell) > 1e-7 * Math.max(1, Math.abs(cell))) return String(cell);
    return trimDecimals(rounded.toFixed(2));
  }
  const text = textOf(cell);
  if (text === null) return null;
  const decimal = decimalText(text);
  if (decimal === null || decimal.startsWith('-')) throw new CellError('NOT_AN_AMOUNT', text);
  return decimal;
}

/** A number cell or text with a decimal comma or point; null when empty. */
export function numberOf(cell: RawCell): number | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new CellError('NOT_A_NUMBER', String(cell));
    return cell;
  }
  const text = textOf(cell);
  if (text === null) return null;
  const decimal = decimalText(text);
  if (decimal === null) throw new CellError('NOT_A_NUMBER', text);
  return Number(decimal);
}

function trimDecimals(fixed: string): string {
  return fixed.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
}

/**
 * Canonical decimal text ("-1234.5") of "1 234,5", "1234.5", "1.234,50", "1,234.50"; null if it is none.
 * With both separators the last one is the decimal point; a lone comma is a decimal comma (Russian usage).
 */
export function decimalText(raw: string): string | null {
  let text = raw.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^-?[\d.,]+$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalSep = lastComma > lastDot ? ',' : '.';
    const thousands = decimalSep === ',' ? '.' : ',';
    text = text.split(thousands).join('').replace(decimalSep, '.');
  } else if (lastComma >= 0) {
    if (text.indexOf(',') !== lastComma) return null;
    text = text.replace(',', '.');
  } else if (lastDot >= 0 && text.indexOf('.') !== lastDot) return null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return text.replace(/^(-?)0+(?=\d)/, '$1');
}

/** Excel's day 0 is 1899-12-30 (it counts 1900 as a leap year). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** 31.12.2027, 31/12/2027, 2027-12-31, an ISO date and time, an Excel date cell or serial; null when empty. A date alone is midnight UTC. */
export function dateOf(cell: RawCell): Date | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) throw new CellError('NOT_A_DATE', '');
    return cell;
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) throw new CellError('NOT_A_DATE', String(cell));
    return new Date(EXCEL_EPOCH + Math.round(cell * 86_400_000));
  }
  const text = textOf(cell)?.trim();
  if (!text) return null;
  let match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s*г\.?)?$/.exec(text);
  if (match) return utcDate(Number(match[3]), Number(match[2]), Number(match[1]), text);
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return utcDate(Number(match[1]), Number(match[2]), Number(match[3]), text);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new CellError('NOT_A_DATE', text);
}

function utcDate(year: number, month: number, day: number, text: string): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new CellError('NOT_A_DATE', text);
  return date;
}

/** YYYY-MM-DD for a midnight-UTC date, the full ISO text otherwise. */
export function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * Items separated by semicolons or line breaks ("EAC; ISO 9001"); a cell without either is split at
 * commas ("EAC, ISO 9001"). Null when empty. Blanks and repeats are the listing's own cleaning.
 */
export function listOf(cell: RawCell): string[] | null {
  const text = textOf(cell);
  if (text === null) return null;
  const separator = /[;\n]/.test(text) ? /[;\r\n]+/ : /,/;
  const items = text.split(separator).map((item) => item.trim()).filter(Boolean);
  return items.length ? items : null;
}

/** Folds a word for matching names of values: lower case, ё as е, no spaces or punctuation. */
export function foldWord(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The code whose name (any of `names`, folded) the cell holds; null when empty. */
export function choiceOf<T extends string>(cell: RawCell, names: Readonly<Record<T, readonly string[]>>, code: CellErrorCode): T | null {
  const text = textOf(cell);
  if (text === null) return null;
  const folded = foldWord(text);
  for (const [value, spellings] of Object.entries(names) as Array<[T, readonly string[]]>) {
    if (foldWord(value) === folded || spellings.some((s) => foldWord(s) === folded)) return value;
  }
  throw new CellError(code, text.trim());
}
