import { describe, expect, it } from '@jest/globals';
import { amountOf, CellError, choiceOf, dateOf, decimalText, listOf, numberOf, textOf } from './cell-values.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as CellError).code;
  }
  return 'ok';
};

describe('cell values', () => {
  it('reads decimal comma and point, with spaces or dots as thousands separators', () => {
    expect(decimalText('350 000,50')).toBe('350000.50');
    expect(decimalText('350\u00a0000,5')).toBe('350000.5');
    expect(decimalText('1.234.567,89')).toBe('1234567.89');
    expect(decimalText('1,234,567.89')).toBe('1234567.89');
    expect(decimalText('007')).toBe('7');
    expect(decimalText('1,2,3')).toBeNull();
    expect(decimalText('1e5')).toBeNull();
  });

  it('reads amounts from text and number cells, keeping more than two decimals for the input to refuse', () => {
    expect(amountOf('350 000,50')).toBe('350000.50');
    expect(amountOf(350000.5)).toBe('350000.5');
    expect(amountOf(0.1 + 0.2)).toBe('0.3');
    expect(amountOf(1.234)).toBe('1.234');
    expect(amountOf(null)).toBeNull();
    expect(codeOf(() => amountOf('12 руб'))).toBe('NOT_AN_AMOUNT');
    expect(codeOf(() => amountOf(-5))).toBe('NOT_AN_AMOUNT');
  });

  it('reads numbers and refuses text that is none', () => {
    expect(numberOf('12 500,5')).toBe(12500.5);
    expect(numberOf(45)).toBe(45);
    expect(codeOf(() => numberOf('сорок'))).toBe('NOT_A_NUMBER');
  });

  it('reads Russian and ISO dates, Excel dates and serials; a date alone is midnight UTC', () => {
    expect(dateOf('31.12.2027')?.toISOString()).toBe('2027-12-31T00:00:00.000Z');
    expect(dateOf('2027-12-31')?.toISOString()).toBe('2027-12-31T00:00:00.000Z');
    expect(dateOf('2027-12-31T15:30:00+03:00')?.toISOString()).toBe('2027-12-31T12:30:00.000Z');
    expect(dateOf(46752)?.toISOString()).toBe('2027-12-31T00:00:00.000Z');
    expect(codeOf(() => dateOf('31.02.2027'))).toBe('NOT_A_DATE');
    expect(codeOf(() => dateOf('завтра'))).toBe('NOT_A_DATE');
  });

  it('splits lists at semicolons or line breaks, at commas only without either', () => {
    expect(listOf('EAC; ISO 9001')).toEqual(['EAC', 'ISO 9001']);
    expect(listOf('EAC, ISO 9001')).toEqual(['EAC', 'ISO 9001']);
    expect(listOf('dump truck, 45 t;')).toEqual(['dump truck, 45 t']);
    expect(listOf('  ')).toBeNull();
  });

  it('removes the apostrophe an export puts before formula-like text, and refuses overlong cells', () => {
    expect(textOf("'=HYPERLINK(\"x\")")).toBe('=HYPERLINK("x")');
    expect(textOf("'-40 °C")).toBe('-40 °C');
    expect(textOf("'plain")).toBe("'plain");
    expect(textOf(12345)).toBe('12345');
    expect(codeOf(() => textOf('x'.repeat(10_001)))).toBe('CELL_TOO_LONG');
    expect(textOf('x'.repeat(10_000))).toHaveLength(10_000);
  });

  it('never evaluates a formula: one without a stored value is an error of its cell', () => {
    expect(codeOf(() => textOf({ problem: 'FORMULA_WITHOUT_VALUE', detail: '=A1*2' }))).toBe('FORMULA_WITHOUT_VALUE');
  });

  it('matches names of values in either language, ignoring case, ё and punctuation', () => {
    const names = { PRODUCT: ['Товар'], PARTNERSHIP: ['Партнёрство'] } as const;
    expect(choiceOf('товар', names, 'NOT_A_KIND')).toBe('PRODUCT');
    expect(choiceOf('Партнерство', names, 'NOT_A_KIND')).toBe('PARTNERSHIP');
    expect(choiceOf('partnership', names, 'NOT_A_KIND')).toBe('PARTNERSHIP');
    expect(codeOf(() => choiceOf('Услуга', names, 'NOT_A_KIND'))).toBe('NOT_A_KIND');
  });
});
