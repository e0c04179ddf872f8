import { describe, expect, it } from '@jest/globals';
import { makeFormat } from './format';

const words = { from: 'от', upTo: 'до' };
const normalize = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ');

describe('makeFormat', () => {
  it('writes money and ranges in the page language', () => {
    const ru = makeFormat('ru');
    expect(normalize(ru.money('125000.00', 'RUB'))).toBe('125 000 ₽');
    expect(normalize(ru.moneyRange({ min: '118000000.00', max: '135000000.00', currency: 'RUB' }, words))).toMatch(/^118 000 000\s*[–-]\s*135 000 000 ₽$/);
    expect(normalize(ru.moneyRange({ min: '1150000.00', currency: 'RUB' }, words))).toBe('от 1 150 000 ₽');
    expect(normalize(ru.moneyRange({ max: '21000000', currency: 'RUB' }, words))).toBe('до 21 000 000 ₽');
    expect(ru.moneyRange({ currency: 'RUB' }, words)).toBeNull();
    expect(makeFormat('en').money('350000', 'USD')).toBe('US$350,000');
  });

  it('writes deadlines as calendar days in UTC', () => {
    expect(makeFormat('ru').date('2027-09-01T00:00:00.000Z')).toBe('1 сентября 2027 г.');
    expect(makeFormat('en').date('2027-09-01T00:00:00.000Z')).toBe('1 September 2027');
  });
});
