import { describe, expect, it } from '@jest/globals';
import { flatten } from '@tradebridge/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { OfferingInput } from './offering.input.js';

async function badPaths(overrides: Record<string, unknown>): Promise<string[]> {
  const input = plainToInstance(OfferingInput, {
    kind: 'PRODUCT',
    title: 'Трактор Беларус 82.1',
    description: 'Универсально-пропашной трактор',
    categoryCode: '87.01',
    ...overrides,
  });
  const errors = await validate(input, { whitelist: true, forbidUnknownValues: false, stopAtFirstError: true });
  return flatten(errors, 'input').map((f) => f.path).sort();
}

describe('OfferingInput', () => {
  it('accepts a minimal offering', async () => {
    expect(await badPaths({})).toEqual([]);
  });

  it('reports nested price errors with their path', async () => {
    expect(await badPaths({ price: { min: '10', max: '9.99', currency: 'USD' } })).toEqual(['input.price.max']);
    expect(await badPaths({ price: { min: '1.001', currency: 'USD' } })).toEqual(['input.price.min']);
    expect(await badPaths({ price: { min: '1', currency: 'GBP' } })).toEqual(['input.price.currency']);
  });

  it('compares prices as decimals, not as text', async () => {
    expect(await badPaths({ price: { min: '9', max: '10', currency: 'RUB' } })).toEqual([]);
    expect(await badPaths({ price: { min: '100.5', max: '100.50', currency: 'RUB' } })).toEqual([]);
  });

  it('reports every bad field', async () => {
    expect(await badPaths({ title: 'x', leadTimeDays: 3651, keywords: ['ok', 'a\u0000b'], minOrderQuantity: -2 })).toEqual([
      'input.keywords',
      'input.leadTimeDays',
      'input.minOrderQuantity',
      'input.title',
    ]);
  });
});
