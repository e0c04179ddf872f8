// Everything an import tells a person, in Russian and English: refusals of a whole file, problems of a row
// or cell, and the listing validation's own (English) messages translated. A preview stores both
// languages, so whoever reads it later reads it in their own.

export interface Bilingual {
  ru: string;
  en: string;
}

type Params = Record<string, string | number>;

const MESSAGES: Record<string, [ru: string, en: string]> = {
  // whole file
  EMPTY_FILE: ['Файл пуст.', 'The file is empty.'],
  FILE_TOO_LARGE: ['Файл больше {megabytes} МБ.', 'The file is larger than {megabytes} MB.'],
  NOT_A_SPREADSHEET: [
    'Это не таблица XLSX или CSV (похоже на {detected}). Сохраните файл как .xlsx или .csv.',
    'This is not an XLSX or CSV spreadsheet (it looks like {detected}). Save it as .xlsx or .csv.',
  ],
  OLD_EXCEL: [
    'Файл в формате Excel 97–2003 (.xls) или защищён паролем. Сохраните его как .xlsx без пароля.',
    'The file is an Excel 97–2003 workbook (.xls) or password-protected. Save it as .xlsx without a password.',
  ],
  ZIP_BOMB: [
    'Файл XLSX распаковывается в слишком большой объём (больше 50 МБ) и не читается.',
    'The XLSX file inflates past the limit (50 MB) and is not read.',
  ],
  ENCRYPTED: ['Файл защищён паролем. Сохраните его без пароля.', 'The file is password-protected. Save it without a password.'],
  CORRUPT: ['Файл повреждён и не читается как XLSX или CSV.', 'The file is damaged and cannot be read as XLSX or CSV.'],
  TOO_MANY_ROWS: ['В файле больше {max} строк. Разделите его на несколько файлов.', 'The file has more than {max} rows. Split it into several files.'],
  NO_HEADER: [
    'Не найдена строка заголовков: первые 10 строк не называют известных столбцов (например «Наименование» и «Код ТН ВЭД»). Возьмите шаблон.',
    'No header row: the first 10 rows name no known columns (such as "Title" and "HS code"). Start from the template.',
  ],
  NO_ROWS: ['В файле нет строк с данными.', 'The file has no data rows.'],
  MISSING_COLUMN: ['В файле нет обязательного столбца «{ru}».', 'The file has no "{en}" column, which is required.'],
  MIXED_KINDS: [
    'В одном файле и предложения, и потребности: столбцы предложений ({offeringRu}) и потребностей ({needRu}). Загрузите их отдельными файлами.',
    'The file mixes offerings and needs: offering columns ({offeringEn}) and need columns ({needEn}). Upload them as separate files.',
  ],
  KIND_MISMATCH: ['Файл содержит {detectedRu}, а загружаются {expectedRu}.', 'The file holds {detectedEn}, but {expectedEn} are being imported.'],
  KIND_UNKNOWN: [
    'По столбцам не понять, предложения это или потребности: укажите вид загрузки (kind).',
    'The columns do not tell whether these are offerings or needs: say which (kind).',
  ],
  RECORD_TOO_LONG: ['Запись CSV длиннее 200 000 символов: проверьте кавычки.', 'A CSV record is longer than 200,000 characters: check the quotes.'],
  // cells
  FORMULA_WITHOUT_VALUE: [
    'формула {detail} без сохранённого значения: формулы не вычисляются, вставьте значения',
    'formula {detail} has no stored value: formulas are not evaluated, paste values instead',
  ],
  ERROR_VALUE: ['в ячейке ошибка {detail}', 'the cell holds the error {detail}'],
  CELL_TOO_LONG: ['ячейка длиннее {detail} символов', 'the cell is longer than {detail} characters'],
  NOT_A_NUMBER: ['«{detail}» — не число', '"{detail}" is not a number'],
  NOT_AN_AMOUNT: ['«{detail}» — не сумма (пример: 350 000,50)', '"{detail}" is not an amount (e.g. 350000.50)'],
  NOT_A_DATE: ['«{detail}» — не дата (пример: 31.12.2027)', '"{detail}" is not a date (e.g. 2027-12-31)'],
  NOT_A_KIND: ['«{detail}» — не вид: Товар, Услуга или Партнёрство', '"{detail}" is not a kind: Product, Service or Partnership'],
  NOT_A_CURRENCY: ['«{detail}» — не валюта: BYN, RUB, USD, EUR или CNY', '"{detail}" is not a currency: BYN, RUB, USD, EUR or CNY'],
  NOT_A_STATUS: ['«{detail}» — не статус: {allowedRu}', '"{detail}" is not a status: {allowedEn}'],
  // rows
  UNKNOWN_HS_CODE: ['неизвестный код ТН ВЭД «{code}»', 'unknown HS (TN VED) code "{code}"'],
  BAD_HS_CODE: ['«{code}» — не код ТН ВЭД: 2, 4 или больше цифр', '"{code}" is not an HS (TN VED) code: 2, 4 or more digits'],
  UNKNOWN_CATEGORY: ['неизвестная категория «{code}»', 'unknown category "{code}"'],
  AMBIGUOUS_CATEGORY: ['«{name}» называет несколько категорий ({codes}): укажите код', '"{name}" names several categories ({codes}): give the code'],
  CATEGORY_MISSING: ['укажите код ТН ВЭД или категорию', 'give an HS (TN VED) code or a category'],
  CATEGORY_DISAGREES: ['код ТН ВЭД {hs} не совпадает с категорией {category}', 'HS code {hs} and category {category} disagree'],
  DUPLICATE_REF: ['артикул «{ref}» повторяется в строках {lines}', 'reference "{ref}" repeats on lines {lines}'],
  DUPLICATE_ID: ['ID {id} повторяется в строках {lines}', 'ID {id} repeats on lines {lines}'],
  BAD_REF: ['артикул — одна строка до 100 символов', 'a reference is one line of up to 100 characters'],
  UNKNOWN_ID: ['у вашей организации нет такой позиции (ID {id})', 'your organization has no such listing (ID {id})'],
  REF_TAKEN: ['артикул «{ref}» уже у другой позиции (ID {id})', 'reference "{ref}" already belongs to another listing (ID {id})'],
  NEW_STATUS: ['новая позиция может быть только «{draftRu}» или «{publicRu}»', 'a new listing can only be {draftEn} or {publicEn}'],
  ILLEGAL_STATUS: ['статус нельзя сменить с «{fromRu}» на «{toRu}»', 'the status cannot go from {fromEn} to {toEn}'],
  // warnings
  UNKNOWN_COLUMNS: ['Столбцы не распознаны и пропущены: {headers}.', 'Columns not recognised and skipped: {headers}.'],
  REPEATED_COLUMNS: ['Столбцы повторяются, прочитан первый: {headers}.', 'Columns repeat; the first was read: {headers}.'],
  IGNORED_SHEETS: ['Прочитан только первый лист; пропущены: {sheets}.', 'Only the first sheet was read; skipped: {sheets}.'],
  EXAMPLE_ROW: ['Строка {line} — пример из шаблона, пропущена.', 'Line {line} is the template example and was skipped.'],
};

export function message(code: string, params: Params = {}): Bilingual {
  const [ru, en] = MESSAGES[code] ?? [code, code];
  return { ru: fill(ru, params), en: fill(en, params) };
}

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

// The listing inputs' validation speaks English (class-validator and the project's validators); these
// are its messages in Russian. One not listed shows in English in both languages.
const VALIDATION_RU: Array<[RegExp, string]> = [
  [/^must be text of (\d+) to (\d+) characters without control characters$/, 'от $1 до $2 символов, без управляющих символов'],
  [/^must be text of at most (\d+) characters without control characters$/, 'не больше $1 символов, без управляющих символов'],
  [/^each item must be one line of 1 to (\d+) characters without control characters$/, 'каждый элемент — одна строка от 1 до $1 символов'],
  [/^must list at most (\d+) items$/, 'не больше $1 элементов'],
  [/^must be a list$/, 'должно быть списком'],
  [/^must be a number$/, 'должно быть числом'],
  [/^\w+ must be an integer number$/, 'должно быть целым числом'],
  [/^\w+ must not be greater than (\S+)$/, 'не больше $1'],
  [/^\w+ must not be less than (\S+)$/, 'не меньше $1'],
  [/^must not be less than min$/, 'не меньше нижней границы'],
  [/^must be a non-negative decimal .*$/, 'неотрицательная сумма, не больше 2 знаков после запятой'],
  [/^must be one of BYN, RUB, USD, EUR, CNY$/, 'укажите валюту: BYN, RUB, USD, EUR или CNY'],
  [/^must be PRODUCT, SERVICE or PARTNERSHIP$/, 'Товар, Услуга или Партнёрство'],
  [/^must be a date no later than 2100$/, 'дата не позже 2100 года'],
  [/^must be a date from the year 2000 on$/, 'дата не раньше 2000 года'],
  [/^must be an ISO 8601 date.*$/, 'должно быть датой'],
  [/^unknown category code "(.*)"$/, 'неизвестная категория «$1»'],
];

const VALIDATION_EN: Array<[RegExp, string]> = [
  [/^\w+ must be an integer number$/, 'must be a whole number'],
  [/^\w+ must not be greater than (\S+)$/, 'must not be greater than $1'],
  [/^\w+ must not be less than (\S+)$/, 'must not be less than $1'],
  [/^must not be less than min$/, 'must not be less than the lower bound'],
];

/** A validation message of the listing inputs in both languages. */
export function validationMessage(english: string): Bilingual {
  const translate = (table: Array<[RegExp, string]>) => {
    for (const [pattern, text] of table) if (pattern.test(english)) return english.replace(pattern, text);
    return english;
  };
  return { ru: translate(VALIDATION_RU), en: translate(VALIDATION_EN) };
}
