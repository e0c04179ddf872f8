const DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/;

/** A non-negative decimal string ("350000", "350000.5") as integer cents, or null if it is not one. */
export function toCents(value: string): bigint | null {
  const match = DECIMAL.exec(value);
  if (!match) return null;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** The canonical two-decimal form PostgreSQL's numeric(16,2) answers with: "350000.5" -> "350000.50". */
export function normalizeMoney(value: string): string {
  const cents = toCents(value);
  if (cents === null) throw new RangeError(`not a decimal amount: ${value}`);
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
