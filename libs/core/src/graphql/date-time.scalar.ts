import { GraphQLScalarType, Kind } from 'graphql';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const MESSAGE = 'DateTime must be an ISO 8601 date such as "2027-09-01" or "2027-09-01T12:00:00Z"';

/** Parses an ISO 8601 date or date-time strictly: "2027-02-30" and "1" are refused, not shifted. */
export function parseIsoDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw new TypeError(MESSAGE);
  const match = ISO.exec(value.trim());
  if (!match) throw new TypeError(MESSAGE);
  const [, y, m, d, hh = '00', mm = '00', ss = '00', zone] = match;
  if (match[4] !== undefined && zone === undefined) throw new TypeError(MESSAGE);
  const date = new Date(match[4] === undefined ? `${y}-${m}-${d}T00:00:00Z` : value.trim().replace(' ', 'T'));
  const check = new Date(Date.UTC(+y, +m - 1, +d, +hh, +mm, +ss));
  const valid =
    !Number.isNaN(date.getTime()) &&
    check.getUTCFullYear() === +y && check.getUTCMonth() === +m - 1 && check.getUTCDate() === +d &&
    +hh < 24 && +mm < 60 && +ss < 60 && +y >= 1900 && +y <= 2200;
  if (!valid) throw new TypeError(MESSAGE);
  return date;
}

/** The contract's `DateTime`: ISO 8601 out, strict ISO 8601 in. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO 8601 date-time in UTC, e.g. "2027-09-01T00:00:00.000Z"; input also accepts a date "2027-09-01"',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new TypeError('Invalid date value');
    return date.toISOString();
  },
  parseValue: parseIsoDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError(MESSAGE);
    return parseIsoDateTime(ast.value);
  },
});
