// The columns of an import file, per kind, with the header synonyms people's spreadsheets use (Russian
// and English, any order, matched by name after normalisation). The template, the export and the README
// list the same names: `COLUMNS` is the one place they come from.

export type KindName = 'OFFERING' | 'NEED';

export type ColumnKey =
  | 'id'
  | 'externalRef'
  | 'title'
  | 'description'
  | 'hsCode'
  | 'category'
  | 'keywords'
  | 'kind'
  | 'priceMin'
  | 'priceMax'
  | 'currency'
  | 'minOrderQuantity'
  | 'unit'
  | 'leadTimeDays'
  | 'certifications'
  | 'deliveryRegions'
  | 'validUntil'
  | 'quantity'
  | 'budgetMin'
  | 'budgetMax'
  | 'neededBy'
  | 'deliveryRegion'
  | 'requiredCertifications'
  | 'status';

export interface ColumnDef {
  key: ColumnKey;
  /** Which kinds have it (both: shared). */
  kinds: readonly KindName[];
  /** The template's and the export's headers. */
  ru: string;
  en: string;
  /** Other headers accepted (the template's headers are accepted too). */
  synonyms: readonly string[];
  /** What the notes sheet says about it. */
  noteRu: string;
  noteEn: string;
  required?: boolean;
}

const BOTH: readonly KindName[] = ['OFFERING', 'NEED'];
const OFFERING: readonly KindName[] = ['OFFERING'];
const NEED: readonly KindName[] = ['NEED'];

/** In the template's order. */
export const COLUMNS: readonly ColumnDef[] = [
  { key: 'externalRef', kinds: BOTH, ru: 'Артикул', en: 'Reference', synonyms: ['Ваш код', 'Внешний код', 'Код позиции', 'Номер позиции', 'Код товара', 'External ref', 'External reference', 'SKU', 'Article', 'Item code', 'Part number'],
    noteRu: 'Ваш код позиции (до 100 символов). Повторная загрузка строки с тем же артикулом обновляет её, а не добавляет вторую.',
    noteEn: 'Your own code of the row (up to 100 characters). Uploading a row with the same reference again updates that listing instead of adding a second one.' },
  { key: 'title', kinds: BOTH, ru: 'Наименование', en: 'Title', required: true, synonyms: ['Название', 'Наименование товара', 'Наименование товара работы услуги', 'Наименование объекта закупки', 'Предмет закупки', 'Name', 'Product name', 'Item'],
    noteRu: 'Обязательно, 3–200 символов в одну строку.', noteEn: 'Required, 3–200 characters on one line.' },
  { key: 'description', kinds: BOTH, ru: 'Описание', en: 'Description', synonyms: ['Характеристики', 'Описание объекта закупки', 'Details', 'Specification'],
    noteRu: 'До 10 000 символов.', noteEn: 'Up to 10,000 characters.' },
  { key: 'hsCode', kinds: BOTH, ru: 'Код ТН ВЭД', en: 'HS code', synonyms: ['ТН ВЭД', 'ТН ВЭД ЕАЭС', 'Код ТН ВЭД ЕАЭС', 'TN VED', 'TN VED code', 'HS', 'Customs code'],
    noteRu: 'Код ТН ВЭД ЕАЭС: 2 цифры (группа), 4 и более (товарная позиция: 8704, 8704 10 100 0). Заполните его или «Категорию».',
    noteEn: 'TN VED EAEU (HS) code: 2 digits (chapter), 4 or more (heading: 8704, 8704 10 100 0). Fill it or "Category".' },
  { key: 'category', kinds: BOTH, ru: 'Категория', en: 'Category', synonyms: ['Код категории', 'Раздел каталога', 'Category code'],
    noteRu: 'Код категории TradeBridge (87.04, S.MAINTENANCE, P.ASSEMBLY) или её название по-русски или по-английски.',
    noteEn: 'A TradeBridge category code (87.04, S.MAINTENANCE, P.ASSEMBLY) or its Russian or English name.' },
  { key: 'kind', kinds: OFFERING, ru: 'Вид', en: 'Kind', synonyms: ['Вид предложения', 'Тип предложения', 'Offering kind', 'Type'],
    noteRu: 'Товар, Услуга или Партнёрство (PRODUCT, SERVICE, PARTNERSHIP); пусто — Товар.',
    noteEn: 'Product, Service or Partnership (PRODUCT, SERVICE, PARTNERSHIP); empty means Product.' },
  { key: 'keywords', kinds: BOTH, ru: 'Ключевые слова', en: 'Keywords', synonyms: ['Теги', 'Tags'],
    noteRu: 'Через точку с запятой, до 20.', noteEn: 'Separated by semicolons, at most 20.' },
  { key: 'priceMin', kinds: OFFERING, ru: 'Цена от', en: 'Price from', synonyms: ['Цена', 'Цена мин', 'Минимальная цена', 'Price', 'Min price'],
    noteRu: 'Цена за единицу, до 2 знаков после запятой (350 000,50 или 350000.50).', noteEn: 'Price per unit, at most 2 decimals (350000.50 or 350 000,50).' },
  { key: 'priceMax', kinds: OFFERING, ru: 'Цена до', en: 'Price to', synonyms: ['Цена макс', 'Максимальная цена', 'Max price'],
    noteRu: 'Не меньше «Цены от».', noteEn: 'Not less than "Price from".' },
  { key: 'budgetMin', kinds: NEED, ru: 'Бюджет от', en: 'Budget from', synonyms: ['Бюджет', 'Бюджет за единицу', 'Бюджет за единицу от', 'Цена за единицу от', 'Budget', 'Budget per unit'],
    noteRu: 'Бюджет за единицу, до 2 знаков после запятой.', noteEn: 'Budget per unit, at most 2 decimals.' },
  { key: 'budgetMax', kinds: NEED, ru: 'Бюджет до', en: 'Budget to', synonyms: ['Бюджет за единицу до', 'Цена за единицу до', 'Max budget'],
    noteRu: 'Не меньше «Бюджета от».', noteEn: 'Not less than "Budget from".' },
  { key: 'currency', kinds: BOTH, ru: 'Валюта', en: 'Currency', synonyms: ['Код валюты', 'Currency code'],
    noteRu: 'BYN, RUB, USD, EUR или CNY; обязательна, если указана цена или бюджет.', noteEn: 'BYN, RUB, USD, EUR or CNY; required with a price or budget.' },
  { key: 'quantity', kinds: NEED, ru: 'Количество', en: 'Quantity', synonyms: ['Кол-во', 'Объем закупки', 'Qty'],
    noteRu: 'Число (дробная часть через запятую или точку).', noteEn: 'A number (decimal comma or point).' },
  { key: 'minOrderQuantity', kinds: OFFERING, ru: 'Минимальный заказ', en: 'Minimum order', synonyms: ['Мин. заказ', 'Минимальная партия', 'Min order', 'Minimum order quantity', 'MOQ'],
    noteRu: 'Число.', noteEn: 'A number.' },
  { key: 'unit', kinds: BOTH, ru: 'Единица измерения', en: 'Unit', synonyms: ['Ед. изм.', 'Ед.изм.', 'Единица', 'ЕИ', 'UoM', 'Unit of measure'],
    noteRu: 'шт, т, м3, компл… (до 20 символов).', noteEn: 'pcs, t, m3, set… (up to 20 characters).' },
  { key: 'leadTimeDays', kinds: OFFERING, ru: 'Срок поставки, дней', en: 'Lead time, days', synonyms: ['Срок поставки дн', 'Срок поставки в днях', 'Lead time', 'Lead time days'],
    noteRu: 'Целое число дней, 0–3650.', noteEn: 'Whole days, 0–3650.' },
  { key: 'neededBy', kinds: NEED, ru: 'Нужно к', en: 'Needed by', synonyms: ['Срок поставки до', 'Дата поставки', 'Требуемая дата поставки', 'Delivery date', 'Deadline'],
    noteRu: 'Дата: 31.12.2027 или 2027-12-31.', noteEn: 'A date: 2027-12-31 or 31.12.2027.' },
  { key: 'deliveryRegion', kinds: NEED, ru: 'Регион поставки', en: 'Delivery region', required: true, synonyms: ['Место поставки', 'Место поставки товара', 'Region'],
    noteRu: 'Обязательно: куда поставить (Владимирская область).', noteEn: 'Required: where to deliver (Vladimir Oblast).' },
  { key: 'certifications', kinds: OFFERING, ru: 'Сертификаты', en: 'Certifications', synonyms: ['Сертификация', 'Certificates'],
    noteRu: 'Через точку с запятой: EAC; ISO 9001.', noteEn: 'Separated by semicolons: EAC; ISO 9001.' },
  { key: 'requiredCertifications', kinds: NEED, ru: 'Требуемые сертификаты', en: 'Required certifications', synonyms: ['Обязательные сертификаты', 'Required certificates'],
    noteRu: 'Через точку с запятой: EAC.', noteEn: 'Separated by semicolons: EAC.' },
  { key: 'deliveryRegions', kinds: OFFERING, ru: 'Регионы поставки', en: 'Delivery regions', synonyms: ['Регионы доставки', 'География поставок', 'Regions'],
    noteRu: 'Через точку с запятой, до 50.', noteEn: 'Separated by semicolons, at most 50.' },
  { key: 'validUntil', kinds: OFFERING, ru: 'Действует до', en: 'Valid until', synonyms: ['Срок действия', 'Срок действия предложения', 'Valid till', 'Expires'],
    noteRu: 'Дата: 31.12.2027 или 2027-12-31; пусто — бессрочно.', noteEn: 'A date: 2027-12-31 or 31.12.2027; empty means no end.' },
  { key: 'status', kinds: BOTH, ru: 'Статус', en: 'Status', synonyms: ['Состояние', 'State'],
    noteRu: 'Пусто: новая строка публикуется, существующая сохраняет статус. Черновик / Опубликовано / В архиве (предложения), Черновик / Открыта / Закрыта / Выполнена (потребности).',
    noteEn: 'Empty: a new row is published, an existing one keeps its status. DRAFT / PUBLISHED / ARCHIVED (offerings), DRAFT / OPEN / CLOSED / FULFILLED (needs).' },
  { key: 'id', kinds: BOTH, ru: 'ID TradeBridge', en: 'TradeBridge ID', synonyms: ['ID', 'Идентификатор'],
    noteRu: 'Заполняется при выгрузке; не меняйте. Пусто для новых строк.', noteEn: 'Filled by the export; do not change. Empty for new rows.' },
];

/** Lower case, ё as е, every run of other characters than letters and digits as one space ("Ед. изм.*" -> "ед изм"). */
export function normalizeHeader(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_HEADER = new Map<string, ColumnDef>();
for (const column of COLUMNS) {
  for (const header of [column.ru, column.en, ...column.synonyms]) {
    const key = normalizeHeader(header);
    const known = BY_HEADER.get(key);
    if (known && known !== column) throw new Error(`header synonym "${header}" names both ${known.key} and ${column.key}`);
    BY_HEADER.set(key, column);
  }
}

export function columnByHeader(header: string): ColumnDef | undefined {
  return BY_HEADER.get(normalizeHeader(header));
}

export function columnsOf(kind: KindName): ColumnDef[] {
  return COLUMNS.filter((c) => c.kinds.includes(kind));
}

export function columnDef(key: ColumnKey): ColumnDef {
  return COLUMNS.find((c) => c.key === key)!;
}

// A header that means different columns by kind: in a price list "Срок поставки" is a lead time in days,
// in a procurement plan a date. It decides no kind; once the kind is known it names that kind's column.
const BY_KIND_HEADER = new Map<string, Record<KindName, ColumnKey>>([
  [normalizeHeader('Срок поставки'), { OFFERING: 'leadTimeDays', NEED: 'neededBy' }],
  [normalizeHeader('Delivery time'), { OFFERING: 'leadTimeDays', NEED: 'neededBy' }],
]);

export interface HeaderMatch {
  /** Index in the row -> the column it holds. */
  columns: Map<number, ColumnDef>;
  /** Headers no column has (reported, not fatal). */
  unknown: string[];
  /** Headers naming a column already taken by an earlier cell of the row. */
  repeated: string[];
}

/**
 * Which column each header cell names; empty cells are skipped. Without a kind, headers whose column
 * depends on the kind are left out (neither known nor unknown).
 */
export function matchHeaders(headers: readonly string[], kind: KindName | null): HeaderMatch {
  const columns = new Map<number, ColumnDef>();
  const taken = new Set<ColumnKey>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  headers.forEach((header, index) => {
    if (!header.trim()) return;
    const byKind = BY_KIND_HEADER.get(normalizeHeader(header));
    if (byKind && !kind) return;
    const column = byKind && kind ? columnDef(byKind[kind]) : columnByHeader(header);
    if (!column) unknown.push(header.trim());
    else if (taken.has(column.key)) repeated.push(header.trim());
    else {
      taken.add(column.key);
      columns.set(index, column);
    }
  });
  return { columns, unknown, repeated };
}

export type KindVerdict = { kind: KindName } | { mixed: { offering: ColumnDef[]; need: ColumnDef[] } } | { unknown: true };

/** The kind the columns belong to: columns only offerings have, only needs have, both (mixed), or neither. */
export function kindOfColumns(columns: Iterable<ColumnDef>): KindVerdict {
  const list = [...columns];
  const offering = list.filter((c) => c.kinds.length === 1 && c.kinds[0] === 'OFFERING');
  const need = list.filter((c) => c.kinds.length === 1 && c.kinds[0] === 'NEED');
  if (offering.length && need.length) return { mixed: { offering, need } };
  if (offering.length) return { kind: 'OFFERING' };
  if (need.length) return { kind: 'NEED' };
  return { unknown: true };
}
