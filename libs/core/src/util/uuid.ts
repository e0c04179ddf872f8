const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs: anything else can be answered as "not found" (or refused) without a query, and never
 * reaches a `uuid` column where PostgreSQL would reject it.
 * @example const valid = ids.filter(isUuid);
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
