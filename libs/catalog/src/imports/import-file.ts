import type { CategoryLookup } from './category-lookup.js';
import { textOf, type RawCell } from './cell-values.js';
import { columnDef, kindOfColumns, matchHeaders, type ColumnDef, type KindName } from './import-columns.js';
import { message, type Bilingual } from './import-messages.js';
import { readRow, type RowDraft } from './import-rows.js';
import { FileRefused, HEADER_SEARCH_ROWS, MAX_ROWS, readSpreadsheet, type FileFormat } from './sheet-reader.js';

// A whole uploaded file -> its kind, its columns and a draft per data row (pure but for the category
// lookup handed in). Refusals of the whole file are FileRefused; problems of rows stay with the rows.

/** The template's example row carries this reference: left in a filled template, it is skipped. */
export const EXAMPLE_REFS = new Set(['ПРИМЕР', 'EXAMPLE']);

export interface ParsedFile {
  format: FileFormat;
  kind: KindName;
  /** The header row's cells, each with the column it names (null: unknown). */
  columns: Array<{ header: string; field: string | null }>;
  drafts: RowDraft[];
  warnings: Bilingual[];
}

const KIND_WORDS = {
  OFFERING: { ru: 'предложения', en: 'offerings' },
  NEED: { ru: 'потребности', en: 'needs' },
};

export async function parseImportFile(bytes: Buffer, declared: KindName | null, categories: CategoryLookup): Promise<ParsedFile> {
  const file = await readSpreadsheet(bytes);
  const headerAt = file.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => matchHeaders(headerTexts(row.cells), null).columns.size >= 2);
  if (headerAt < 0) throw new FileRefused(file.rows.length ? 'NO_HEADER' : 'NO_ROWS');
  const headers = headerTexts(file.rows[headerAt].cells);
  const verdict = kindOfColumns(matchHeaders(headers, null).columns.values());
  if ('mixed' in verdict) {
    const names = (list: ColumnDef[], language: 'ru' | 'en') => list.map((c) => c[language]).join(', ');
    const { offering, need } = verdict.mixed;
    throw new FileRefused('MIXED_KINDS', { offeringRu: names(offering, 'ru'), needRu: names(need, 'ru'), offeringEn: names(offering, 'en'), needEn: names(need, 'en') });
  }
  if ('kind' in verdict && declared && verdict.kind !== declared) {
    const [detected, expected] = [KIND_WORDS[verdict.kind], KIND_WORDS[declared]];
    throw new FileRefused('KIND_MISMATCH', { detectedRu: detected.ru, expectedRu: expected.ru, detectedEn: detected.en, expectedEn: expected.en });
  }
  const kind = declared ?? ('kind' in verdict ? verdict.kind : null);
  if (!kind) throw new FileRefused('KIND_UNKNOWN');
  const match = matchHeaders(headers, kind);
  const present = new Set([...match.columns.values()].map((c) => c.key));
  for (const key of kind === 'NEED' ? (['title', 'deliveryRegion'] as const) : (['title'] as const)) {
    if (!present.has(key)) throw new FileRefused('MISSING_COLUMN', { ru: columnDef(key).ru, en: columnDef(key).en });
  }
  if (!present.has('hsCode') && !present.has('category')) {
    throw new FileRefused('MISSING_COLUMN', { ru: `${columnDef('hsCode').ru} / ${columnDef('category').ru}`, en: `${columnDef('hsCode').en} / ${columnDef('category').en}` });
  }
  const data = file.rows.slice(headerAt + 1);
  if (data.length > MAX_ROWS) throw new FileRefused('TOO_MANY_ROWS', { max: MAX_ROWS });
  if (data.length === 0) throw new FileRefused('NO_ROWS');

  const warnings: Bilingual[] = [];
  if (match.unknown.length) warnings.push(message('UNKNOWN_COLUMNS', { headers: match.unknown.join(', ') }));
  if (match.repeated.length) warnings.push(message('REPEATED_COLUMNS', { headers: match.repeated.join(', ') }));
  if (file.ignoredSheets.length) warnings.push(message('IGNORED_SHEETS', { sheets: file.ignoredSheets.join(', ') }));
  const drafts: RowDraft[] = [];
  for (const row of data) {
    const draft = readRow(kind, match.columns, row.line, row.cells, categories);
    if (draft.externalRef !== null && EXAMPLE_REFS.has(draft.externalRef.toUpperCase())) {
      warnings.push(message('EXAMPLE_ROW', { line: row.line }));
      continue;
    }
    drafts.push(draft);
  }
  if (drafts.length === 0) throw new FileRefused('NO_ROWS');
  const columns = headers.map((header, index) => ({ header, field: match.columns.get(index)?.key ?? null }));
  return { format: file.format, kind, columns, drafts, warnings };
}

function headerTexts(cells: readonly RawCell[]): string[] {
  return cells.map((cell) => {
    try {
      return textOf(cell) ?? '';
    } catch {
      return '';
    }
  });
}
