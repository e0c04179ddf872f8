// Check digits of Belarusian UNP and Russian INN, for generated (synthetic) organizations.
// Kept dependency-free so the bench generator stays fast; the spec checks them against stdnum.

const UNP_WEIGHTS = [29, 23, 19, 17, 13, 7, 5, 3];
const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** Check digit of a numeric 8-digit UNP body, or null when the body has none (sum mod 11 = 10). */
export function unpCheckDigit(body: string): number | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (body.charCodeAt(i) - 48) * UNP_WEIGHTS[i];
  const check = sum % 11;
  return check === 10 ? null : check;
}

/** Check digit of a 9-digit INN body (legal entities). */
export function inn10CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (body.charCodeAt(i) - 48) * INN10_WEIGHTS[i];
  return (sum % 11) % 10;
}

/**
 * A valid UNP built from a region digit and a serial, e.g. `makeUnp(1, 9_000_123)`.
 * Moves to the next serial when a body has no check digit; returns the serial used too.
 */
export function makeUnp(regionDigit: number, serial: number): { unp: string; serial: number } {
  for (let s = serial; ; s++) {
    const body = `${regionDigit}${String(s % 10_000_000).padStart(7, '0')}`;
    const check = unpCheckDigit(body);
    if (check !== null) return { unp: body + check, serial: s };
  }
}

/** A valid 10-digit INN from a 4-digit tax-office code and a 5-digit serial. */
export function makeInn10(taxOffice: string, serial: number): string {
  const body = taxOffice + String(serial % 100_000).padStart(5, '0');
  return body + inn10CheckDigit(body);
}

/** Belarusian UNP region digits (first digit) by region code. */
export const UNP_REGION_DIGIT: Record<string, number> = {
  'BY-HM': 1,
  'BY-BR': 2,
  'BY-VI': 3,
  'BY-HO': 4,
  'BY-HR': 5,
  'BY-MI': 6,
  'BY-MA': 7,
};
