import { describe, expect, it } from '@jest/globals';
import { categoryCloseness, certificationsCover, comparablePrice, daysUntil, leadTimeFit, lowestPrice, minimumOrderAllows, priceFit } from './match-signals.js';

const now = new Date('2027-01-01T00:00:00Z');

describe('lead time', () => {
  it('fits when the days until the deadline are at least the lead time', () => {
    expect(daysUntil(new Date('2027-02-15T00:00:00Z'), now)).toBe(45);
    expect(leadTimeFit(45, new Date('2027-02-15T00:00:00Z'), now)).toBe('fits');
    expect(leadTimeFit(46, new Date('2027-02-15T00:00:00Z'), now)).toBe('misses');
  });

  it('is unknown without a deadline or a lead time', () => {
    expect(leadTimeFit(45, null, now)).toBe('unknown');
    expect(leadTimeFit(null, new Date('2027-09-01T00:00:00Z'), now)).toBe('unknown');
  });
});

describe('price', () => {
  const budget = { budgetMin: null, budgetMax: '400000.00', budgetCurrency: 'USD' };

  it('fits when the lowest price is within the budget, in the same currency', () => {
    expect(priceFit({ priceMin: '350000.00', priceMax: '420000.00', currency: 'USD' }, budget)).toBe('fits');
    expect(priceFit({ priceMin: null, priceMax: '400000.00', currency: 'USD' }, budget)).toBe('fits');
    expect(priceFit({ priceMin: '450000.00', priceMax: null, currency: 'USD' }, budget)).toBe('misses');
  });

  it('cannot compare other currencies, missing prices or a budget without a maximum', () => {
    expect(priceFit({ priceMin: '350000.00', priceMax: null, currency: 'EUR' }, budget)).toBe('unknown');
    expect(priceFit({ priceMin: null, priceMax: null, currency: null }, budget)).toBe('unknown');
    expect(priceFit({ priceMin: '1', priceMax: null, currency: 'USD' }, { ...budget, budgetMax: null, budgetMin: '5' })).toBe('unknown');
  });

  it('compares prices per unit, converted within a dimension', () => {
    const perTonne = { budgetMin: null, budgetMax: '30000', budgetCurrency: 'RUB', unit: '168' };
    expect(comparablePrice({ priceMin: '25', priceMax: null, currency: 'RUB', unit: '166' }, perTonne)).toBe(25_000);
    expect(priceFit({ priceMin: '25', priceMax: null, currency: 'RUB', unit: '166' }, perTonne)).toBe('fits'); // 25 000 a tonne
    expect(priceFit({ priceMin: '35', priceMax: null, currency: 'RUB', unit: '166' }, perTonne)).toBe('misses'); // 35 000 a tonne
    expect(priceFit({ priceMin: '25', priceMax: null, currency: 'RUB', unit: '796' }, perTonne)).toBe('unknown'); // per piece
    expect(priceFit({ priceMin: '25000', priceMax: null, currency: 'RUB', unit: null }, perTonne)).toBe('fits'); // unit not said
  });

  it('takes the min as the lowest price, else the max', () => {
    expect(lowestPrice({ priceMin: '10.50', priceMax: '20', currency: 'RUB' })).toBe(10.5);
    expect(lowestPrice({ priceMin: null, priceMax: '20', currency: 'RUB' })).toBe(20);
  });
});

describe('category closeness', () => {
  it('is the deepest shared category of two paths', () => {
    expect(categoryCloseness(['XVII', '87', '87.04'], ['XVII', '87', '87.04'])).toEqual({ depth: 3, exact: true, commonCode: '87.04' });
    expect(categoryCloseness(['XVII', '87', '87.04'], ['XVII', '87', '87.02'])).toEqual({ depth: 2, exact: false, commonCode: '87' });
    expect(categoryCloseness(['XVII', '87', '87.04'], ['XVII', '86'])).toEqual({ depth: 1, exact: false, commonCode: 'XVII' });
    expect(categoryCloseness(['XVII', '87'], ['XVI', '85', '85.04'])).toEqual({ depth: 0, exact: false, commonCode: null });
    expect(categoryCloseness(['S', 'S.MAINTENANCE'], ['S', 'S.MAINTENANCE']).exact).toBe(true);
  });

  it('sees a listing in the subtree of the other as sharing the other\'s category', () => {
    expect(categoryCloseness(['XVII', '87'], ['XVII', '87', '87.04'])).toEqual({ depth: 2, exact: false, commonCode: '87' });
  });
});

describe('certifications', () => {
  it('cover when every required one is offered, by code or any spelling of it', () => {
    expect(certificationsCover(['EAC', 'ISO-9001'], ['EAC'])).toBe(true);
    expect(certificationsCover(['eac', 'iso 9001'], ['EAC', 'ISO-9001'])).toBe(true);
    expect(certificationsCover(['ЕАС'], ['EAC'])).toBe(true); // Cyrillic Е, А, С
    expect(certificationsCover(['ISO-9001'], ['EAC'])).toBe(false);
    expect(certificationsCover(['EAC-CERTIFICATE'], ['EAC'])).toBe(true);
    expect(certificationsCover(['EAC'], ['EAC-CERTIFICATE'])).toBe(false);
    expect(certificationsCover(['Halal-ICCI'], ['HALAL ICCI'])).toBe(true);
    expect(certificationsCover([], [])).toBe(true);
  });
});

describe('minimum order', () => {
  it('allows a need whose quantity, converted, is at least the minimum', () => {
    expect(minimumOrderAllows({ minOrderQuantity: 20_000, unit: '166' }, { quantity: 520, unit: '168' })).toBe(true);
    expect(minimumOrderAllows({ minOrderQuantity: 520_000, unit: '166' }, { quantity: 520, unit: '168' })).toBe(true);
    expect(minimumOrderAllows({ minOrderQuantity: 600_000, unit: '166' }, { quantity: 520, unit: '168' })).toBe(false);
    expect(minimumOrderAllows({ minOrderQuantity: 5, unit: '796' }, { quantity: 2, unit: '796' })).toBe(false);
  });

  it('cannot tell (allows) without both quantities and units, or across dimensions', () => {
    expect(minimumOrderAllows({ minOrderQuantity: 5, unit: '839' }, { quantity: 2, unit: '796' })).toBe(true);
    expect(minimumOrderAllows({ minOrderQuantity: 5, unit: null }, { quantity: 2, unit: '796' })).toBe(true);
    expect(minimumOrderAllows({ minOrderQuantity: null, unit: '796' }, { quantity: 2, unit: '796' })).toBe(true);
    expect(minimumOrderAllows({ minOrderQuantity: 5, unit: '796' }, { quantity: null, unit: null })).toBe(true);
  });
});
