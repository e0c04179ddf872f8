import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { Kind, type ValueNode } from 'graphql';

/**
 * Money as a string with exactly two decimals ("125000.00"). Parsing keeps the client's text so the
 * input class can validate it and name the field; serialising formats numbers and numeric strings.
 */
@Scalar('Decimal', () => DecimalScalar)
export class DecimalScalar implements CustomScalar<string, string> {
  description = 'A decimal number as a string, e.g. "125000.00"';

  parseValue(value: unknown): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    throw new TypeError('Decimal must be a string such as "125000.00"');
  }

  serialize(value: unknown): string {
    return formatDecimal(value as string | number);
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return ast.value;
    throw new TypeError('Decimal must be a string such as "125000.00"');
  }
}

export function formatDecimal(value: string | number): string {
  const text = String(value);
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${(fraction + '00').slice(0, 2)}`;
}
