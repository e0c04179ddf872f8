import type { KindName } from './import-columns.js';

// The REST paths of imports and exports. They end in a file extension, so the web app's client-route
// fallback (every GET path without one) never shadows a download.

const PLURAL: Record<KindName, string> = { OFFERING: 'offerings', NEED: 'needs' };

/** POST: multipart upload of a file (field `file`), answering the preview. */
export const UPLOAD_PATH = '/imports';
/** The header a cross-site form cannot send: uploads without it are refused (with the bearer token, CSRF protection). */
export const UPLOAD_HEADER = 'x-tradebridge-upload';

export function templatePath(kind: KindName, language: 'RU' | 'EN'): string {
  return `/imports/templates/${PLURAL[kind]}-${language.toLowerCase()}.xlsx`;
}

export function exportPath(kind: KindName, format: 'XLSX' | 'CSV', language: 'RU' | 'EN', query: { token?: string; status?: string | null } = {}): string {
  const params = new URLSearchParams({ lang: language.toLowerCase() });
  if (query.status) params.set('status', query.status);
  if (query.token) params.set('token', query.token);
  return `/exports/${PLURAL[kind]}.${format.toLowerCase()}?${params}`;
}

/** "offerings-ru.xlsx" -> OFFERING, RU; null for anything else. */
export function parseTemplateName(name: string): { kind: KindName; language: 'RU' | 'EN' } | null {
  const match = /^(offerings|needs)-(ru|en)\.xlsx$/.exec(name);
  return match ? { kind: match[1] === 'offerings' ? 'OFFERING' : 'NEED', language: match[2] === 'en' ? 'EN' : 'RU' } : null;
}

/** "needs.csv" -> NEED, CSV; null for anything else. */
export function parseExportName(name: string): { kind: KindName; format: 'XLSX' | 'CSV' } | null {
  const match = /^(offerings|needs)\.(xlsx|csv)$/.exec(name);
  return match ? { kind: match[1] === 'offerings' ? 'OFFERING' : 'NEED', format: match[2] === 'csv' ? 'CSV' : 'XLSX' } : null;
}
