import { DomainError, ErrorCode, type Locale } from '@tradebridge/core';
import { message, type Bilingual } from './import-messages.js';
import type { FileRefused } from './sheet-reader.js';

const pick = (text: Bilingual, locale: Locale) => (locale === 'EN' ? text.en : text.ru);

/**
 * A file refused as a whole (empty, not a spreadsheet, a zip bomb, too many rows, mixed kinds…):
 * BAD_USER_INPUT naming `file`, with `extensions.reason` (the problem's code) for clients that explain it
 * their own way; the message is in the caller's language.
 */
export class ImportFileRefused extends DomainError {
  constructor(refused: FileRefused, locale: Locale) {
    const text = pick(message(refused.problem, refused.params), locale);
    super(ErrorCode.BAD_USER_INPUT, text, { reason: refused.problem, fields: [{ path: 'file', message: text }] });
  }
}

/** A bad argument of an upload or download (kind, language, format, the upload header): BAD_USER_INPUT naming it. */
export class ImportArgumentInvalid extends DomainError {
  constructor(path: string, text: Bilingual, locale: Locale) {
    super(ErrorCode.BAD_USER_INPUT, pick(text, locale), { fields: [{ path, message: pick(text, locale) }] });
  }
}

export class ImportNotFound extends DomainError {
  constructor(id: string, locale: Locale) {
    super(ErrorCode.NOT_FOUND, pick({ ru: `Загрузка ${id} не найдена`, en: `Import ${id} not found` }, locale));
  }
}

export class NotImportOwner extends DomainError {
  constructor(locale: Locale) {
    super(
      ErrorCode.FORBIDDEN,
      pick({ ru: 'Загружать и применять файлы могут только участники организации', en: "Only members of the organization may import into its listings" }, locale),
    );
  }
}

export class NoImportOrganization extends DomainError {
  constructor(locale: Locale) {
    super(ErrorCode.FORBIDDEN, pick({ ru: 'Сначала создайте организацию или вступите в неё', en: 'Create or join an organization before importing listings' }, locale));
  }
}

export class ImportAlreadyApplied extends DomainError {
  constructor(status: string, locale: Locale) {
    super(ErrorCode.CONFLICT, pick({ ru: `Эта загрузка уже применена или применяется (${status})`, en: `This import has already been applied or is being applied (${status})` }, locale));
  }
}
