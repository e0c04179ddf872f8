import ExcelJS from 'exceljs';
import { isoDate } from './cell-values.js';
import { columnsOf, type ColumnKey, type KindName } from './import-columns.js';

// Writes the template and the exports: the same columns an import reads, headers in the caller's
// language, so export -> edit -> import is a round trip. Text that a spreadsheet program would take for
// a formula (= + - @, tab, carriage return first) gets a leading apostrophe against CSV injection; the
// import removes exactly that apostrophe again.

export type Language = 'RU' | 'EN';
export type ExportFormat = 'XLSX' | 'CSV';
export type CellValue = string | number | Date | null;
export type SheetRowValues = Partial<Record<ColumnKey, CellValue>>;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet could evaluate, escaped with a leading apostrophe. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A list cell: items joined by "; " (one item with a comma gets a trailing ";", so it is not split at the comma). */
export function listCell(items: readonly string[]): string | null {
  if (!items.length) return null;
  return items.length === 1 && items[0].includes(',') ? `${items[0]};` : items.join('; ');
}

const SHEET_NAMES: Record<KindName, Record<Language, string>> = {
  OFFERING: { RU: 'Предложения', EN: 'Offerings' },
  NEED: { RU: 'Потребности', EN: 'Needs' },
};

const isMidnightUtc = (date: Date) => date.toISOString().endsWith('T00:00:00.000Z');

export interface SheetContent {
  kind: KindName;
  language: Language;
  rows: readonly SheetRowValues[];
  /** The template's notes sheet: each column, whether it is required, what to write, other accepted headers. */
  notes?: boolean;
}

export async function writeXlsx(content: SheetContent): Promise<Buffer> {
  const { kind, language } = content;
  const columns = columnsOf(kind);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TradeBridge';
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind][language], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: language === 'RU' ? c.ru : c.en, key: c.key, width: c.key === 'description' ? 50 : c.key === 'title' ? 40 : 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const values of content.rows) {
    const row = sheet.addRow(columns.map((c) => xlsxValue(values[c.key] ?? null)));
    columns.forEach((c, i) => {
      const value = values[c.key];
      if (value instanceof Date && isMidnightUtc(value)) row.getCell(i + 1).numFmt = 'dd.mm.yyyy';
      if (typeof value === 'string') row.getCell(i + 1).numFmt = '@';
    });
  }
  if (content.notes) {
    const notes = workbook.addWorksheet(language === 'RU' ? 'Пояснения' : 'Notes');
    notes.columns = [
      { header: language === 'RU' ? 'Столбец' : 'Column', width: 26 },
      { header: language === 'RU' ? 'Обязательный' : 'Required', width: 14 },
      { header: language === 'RU' ? 'Что писать' : 'What to write', width: 80 },
      { header: language === 'RU' ? 'Другие названия столбца' : 'Other accepted headers', width: 60 },
    ];
    notes.getRow(1).font = { bold: true };
    for (const c of columns) {
      const required = c.required || c.key === 'hsCode' || c.key === 'category';
      notes.addRow([
        language === 'RU' ? c.ru : c.en,
        required ? (language === 'RU' ? (c.required ? 'да' : 'код или категория') : c.required ? 'yes' : 'code or category') : '',
        language === 'RU' ? c.noteRu : c.noteEn,
        [language === 'RU' ? c.en : c.ru, ...c.synonyms].join('; '),
      ]);
    }
    notes.addRow([]);
    for (const line of GENERAL_NOTES[language]) notes.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function xlsxValue(value: CellValue): CellValue {
  if (typeof value === 'string') return escapeFormula(value);
  if (value instanceof Date) return isMidnightUtc(value) ? value : value.toISOString();
  return value;
}

/** UTF-8 with BOM (Excel opens it in the right encoding), `;` between fields, CRLF; decimal comma in Russian. */
export function writeCsv(content: SheetContent): Buffer {
  const columns = columnsOf(content.kind);
  const header = columns.map((c) => (content.language === 'RU' ? c.ru : c.en));
  const lines = [header, ...content.rows.map((values) => columns.map((c) => csvText(values[c.key] ?? null, content.language)))];
  const text = lines.map((fields) => fields.map(quote).join(';')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

function csvText(value: CellValue, language: Language): string {
  if (value === null) return '';
  if (value instanceof Date) {
    if (!isMidnightUtc(value)) return value.toISOString();
    const iso = isoDate(value);
    return language === 'RU' ? iso.split('-').reverse().join('.') : iso;
  }
  if (typeof value === 'number') return language === 'RU' ? String(value).replace('.', ',') : String(value);
  return escapeFormula(value);
}

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

const GENERAL_NOTES: Record<Language, string[]> = {
  RU: [
    'Один файл — один вид: предложения или потребности. Заголовки можно писать по-русски или по-английски, в любом порядке.',
    'Строка с артикулом «ПРИМЕР» — образец: замените её своими строками (оставленная, она пропускается).',
    'Не больше 5000 строк и 10 МБ. Формулы не вычисляются: берётся сохранённое в файле значение.',
    'Загрузка сначала показывает, что будет создано, обновлено и что не изменится, и строки с ошибками; ничего не записывается, пока вы не примените её.',
  ],
  EN: [
    'One file, one kind: offerings or needs. Headers may be Russian or English, in any order.',
    'The row with the reference "EXAMPLE" is a sample: replace it with your rows (left in, it is skipped).',
    'At most 5,000 rows and 10 MB. Formulas are not evaluated: the value stored in the file is read.',
    'An upload first shows what would be created, updated or left unchanged, and the rows with errors; nothing is written until you apply it.',
  ],
};
