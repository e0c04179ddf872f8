/**
 * What error objects may put into logs. Whitelisted fields only: TypeORM's QueryFailedError carries the
 * statement's `parameters` (e-mails, password hashes, tokens) and PostgreSQL's `detail` repeats values
 * ("Key (email)=(…) already exists"); neither is logged. Messages and stacks are scrubbed of e-mail
 * addresses, phone numbers and bearer tokens, which some drivers quote from their input.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> | string {
  if (!(error instanceof Error)) return scrubPersonalData(typeof error === 'string' ? error : safeJson(error));
  const out: Record<string, unknown> = { type: error.name, message: scrubPersonalData(error.message) };
  if (error.stack) out.stack = scrubPersonalData(error.stack);
  const fields = error as unknown as Record<string, unknown>;
  for (const key of ['code', 'constraint', 'table', 'column', 'routine', 'severity', 'errno', 'syscall']) {
    if (typeof fields[key] === 'string' || typeof fields[key] === 'number') out[key] = fields[key];
  }
  // The statement's text has placeholders ($1), not values: it says which query failed.
  if (typeof fields.query === 'string') out.query = scrubPersonalData(fields.query).slice(0, 2000);
  const driverError = fields.driverError;
  if (driverError instanceof Error && depth < 3) out.driverError = serializeError(driverError, depth + 1);
  if (error.cause !== undefined && depth < 3) out.cause = serializeError(error.cause, depth + 1);
  return out;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// +375 29 123-45-67, 8 (4922) 00-00-00, +74951234567: 9 or more digits with the usual separators.
const PHONE = /\+?\d[\d\s()-]{7,}\d/g;
// JWTs and long opaque secrets (refresh tokens, invite codes are 32+ characters of base64url / hex).
const TOKEN = /\b(?:eyJ[\w-]+\.[\w-]+\.[\w-]+|[A-Za-z0-9_-]{32,})\b/g;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Replaces e-mail addresses, phone numbers and token-like strings in free text. Row ids (UUIDs) and
 * plain numbers stay: they are not personal and they are what makes a log line useful.
 * @example scrubPersonalData('Key (email)=(a@b.by)') // 'Key (email)=([email])'
 */
export function scrubPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(TOKEN, (match) => (UUID.test(match) ? match : '[secret]'))
    .replace(PHONE, (match) => (countDigits(match) >= 9 && (match.startsWith('+') || /[\s()-]/.test(match)) ? '[phone]' : match));
}

function countDigits(text: string): number {
  return text.replace(/\D/g, '').length;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
