import { charLength, hasForbiddenCharacters } from '@tradebridge/core';
import { Currency, ListingStatus, NeedStatus, OfferingKind } from '../shared/catalog.enums.js';
import type { CategoryLookup } from './category-lookup.js';
import { amountOf, CellError, choiceOf, dateOf, isProblem, listOf, numberOf, textOf, type RawCell } from './cell-values.js';
import { COLUMNS, type ColumnDef, type ColumnKey, type KindName } from './import-columns.js';
import { message, type Bilingual } from './import-messages.js';

// One spreadsheet row -> the plain input a createOffering / createNeed mutation would receive (before its
// validation, which the service runs next), with every cell that could not be read reported at its column.

export interface RowError {
  /** The column the problem is in (null: the row as a whole). */
  column: ColumnKey | null;
  message: Bilingual;
}

export interface RowDraft {
  line: number;
  /** Each header column's cell as text, for the preview table (in the file's column order). */
  cells: Array<string | null>;
  /** TradeBridge id and the organization's reference, when given. */
  id: string | null;
  externalRef: string | null;
  /** Requested status, when given. */
  status: string | null;
  /** The mutation input (plain); cells that could not be read are left empty in it (and reported). */
  input: Record<string, unknown>;
  /** Which column gave the category (errors on `categoryCode` are reported there). */
  categoryColumn: 'hsCode' | 'category';
  errors: RowError[];
}

export const KIND_NAMES: Record<OfferingKind, readonly string[]> = {
  PRODUCT: ['Товар', 'Товары', 'Продукция', 'Product'],
  SERVICE: ['Услуга', 'Услуги', 'Работы', 'Service'],
  PARTNERSHIP: ['Партнёрство', 'Партнерство', 'Сотрудничество', 'Partnership'],
};

export const CURRENCY_NAMES: Record<Currency, readonly string[]> = {
  BYN: ['бел руб', 'белорусский рубль', 'белорусских рублей', 'BYR'],
  RUB: ['руб', 'рубль', 'рублей', 'российский рубль', 'RUR'],
  USD: ['доллар', 'долл США', 'долларов США'],
  EUR: ['евро'],
  CNY: ['юань', 'юаней', 'RMB'],
};

export const STATUS_NAMES: Record<KindName, Record<string, readonly string[]>> = {
  OFFERING: {
    [ListingStatus.DRAFT]: ['Черновик'],
    [ListingStatus.PUBLISHED]: ['Опубликовано', 'Опубликован', 'Опубликована', 'Активно'],
    [ListingStatus.ARCHIVED]: ['В архиве', 'Архив', 'Архивировано'],
  },
  NEED: {
    [NeedStatus.DRAFT]: ['Черновик'],
    [NeedStatus.OPEN]: ['Открыта', 'Открыто', 'Открыт', 'Активна'],
    [NeedStatus.CLOSED]: ['Закрыта', 'Закрыто', 'Закрыт'],
    [NeedStatus.FULFILLED]: ['Выполнена', 'Исполнена', 'Выполнено'],
  },
};

/** The status's name in the template's language (the first Russian spelling, or the code in English). */
export function statusLabel(kind: KindName, status: string, language: 'RU' | 'EN'): string {
  return language === 'EN' ? status : (STATUS_NAMES[kind][status]?.[0] ?? status);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads one data row under the header's columns. */
export function readRow(kind: KindName, columns: Map<number, ColumnDef>, line: number, raw: readonly RawCell[], categories: CategoryLookup): RowDraft {
  const errors: RowError[] = [];
  const at = new Map<ColumnKey, RawCell>();
  const width = Math.max(raw.length, ...[...columns.keys()].map((i) => i + 1));
  const cells: Array<string | null> = [];
  for (let i = 0; i < width; i++) {
    const cell = raw[i] ?? null;
    const column = columns.get(i);
    if (column) at.set(column.key, cell);
    cells.push(display(cell));
  }
  // Reads a cell with `read`; a cell that cannot be read is reported at its column and counts as empty.
  const get = <T>(key: ColumnKey, read: (cell: RawCell) => T | null): T | null => {
    const cell = at.get(key) ?? null;
    try {
      return read(cell);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      errors.push({ column: key, message: message(error.code, { detail: error.detail }) });
      return null;
    }
  };
  const text = (key: ColumnKey) => get(key, textOf);
  const statusNames = STATUS_NAMES[kind];
  const allowed = (language: 'RU' | 'EN') => Object.keys(statusNames).map((s) => statusLabel(kind, s, language)).join(', ');

  const id = text('id')?.trim() ?? null;
  if (id !== null && !UUID.test(id)) errors.push({ column: 'id', message: message('UNKNOWN_ID', { id }) });
  const externalRef = text('externalRef')?.trim() ?? null;
  if (externalRef !== null && (hasForbiddenCharacters(externalRef, true) || charLength(externalRef) > 100)) errors.push({ column: 'externalRef', message: message('BAD_REF') });
  let status: string | null = null;
  try {
    status = choiceOf(at.get('status') ?? null, statusNames, 'NOT_A_STATUS');
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    errors.push({ column: 'status', message: message(error.code, { detail: error.detail, allowedRu: allowed('RU'), allowedEn: allowed('EN') }) });
  }

  const hs = text('hsCode');
  const categoryText = text('category');
  const category = hs === null && categoryText === null && errors.some((e) => e.column === 'hsCode' || e.column === 'category')
    ? null
    : categories.resolve(hs, categoryText);
  const categoryColumn: 'hsCode' | 'category' = categoryText === null && hs !== null ? 'hsCode' : 'category';
  if (category && 'error' in category) errors.push({ column: category.column, message: category.error });

  const currency = get('currency', (c) => choiceOf(c, CURRENCY_NAMES, 'NOT_A_CURRENCY'));
  const money = (minKey: ColumnKey, maxKey: ColumnKey) => {
    const min = get(minKey, amountOf);
    const max = get(maxKey, amountOf);
    // The currency's own rule (required with an amount) is the input's: an amount without one is reported there.
    return min === null && max === null ? null : { min, max, currency };
  };
  const common = {
    title: text('title') ?? '',
    description: text('description') ?? '',
    categoryCode: category && 'code' in category ? category.code : '',
    keywords: get('keywords', listOf),
    unit: text('unit'),
  };
  const input: Record<string, unknown> =
    kind === 'OFFERING'
      ? {
          ...common,
          kind: get('kind', (c) => choiceOf(c, KIND_NAMES, 'NOT_A_KIND')) ?? OfferingKind.PRODUCT,
          price: money('priceMin', 'priceMax'),
          minOrderQuantity: get('minOrderQuantity', numberOf),
          leadTimeDays: get('leadTimeDays', numberOf),
          certifications: get('certifications', listOf),
          deliveryRegions: get('deliveryRegions', listOf),
          validUntil: get('validUntil', dateOf),
        }
      : {
          ...common,
          quantity: get('quantity', numberOf),
          budget: money('budgetMin', 'budgetMax'),
          neededBy: get('neededBy', dateOf),
          deliveryRegion: text('deliveryRegion') ?? '',
          requiredCertifications: get('requiredCertifications', listOf),
        };
  return { line, cells, id, externalRef, status, input, categoryColumn, errors };
}

function display(cell: RawCell): string | null {
  if (cell === null || cell === undefined) return null;
  if (isProblem(cell)) return cell.detail;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().replace('T00:00:00.000Z', '');
  const text = String(cell);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/**
 * The column a validation error's path names: `input.price.min` -> priceMin, `input.budget.currency` ->
 * currency, `input.categoryCode` -> whichever column gave the category. Null when no column matches.
 */
export function columnOfPath(kind: KindName, path: string, categoryColumn: 'hsCode' | 'category'): ColumnKey | null {
  const [field, sub] = path.replace(/^input\./, '').split('.');
  if (field === 'categoryCode') return categoryColumn;
  if (field === 'price' || field === 'budget') {
    if (sub === 'min') return field === 'price' ? 'priceMin' : 'budgetMin';
    if (sub === 'max') return field === 'price' ? 'priceMax' : 'budgetMax';
    return 'currency';
  }
  const column = COLUMNS.find((c) => c.key === field);
  return column && column.kinds.includes(kind) ? column.key : null;
}
