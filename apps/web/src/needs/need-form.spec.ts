import { describe, expect, it } from '@jest/globals';
import { emptyNeedForm, needInputOf } from './need-form';

describe('needInputOf', () => {
  it('turns the editor values into the API input', () => {
    const values = {
      ...emptyNeedForm(),
      title: ' Карьерные самосвалы ',
      description: 'Два самосвала 90 т',
      categoryCode: '87.04',
      keywords: ['самосвал', ' '],
      quantity: 2,
      budgetMax: 140000000,
      neededBy: '2027-10-01',
      requiredCertifications: ['EAC'],
    };
    expect(needInputOf(values, true)).toEqual({
      title: 'Карьерные самосвалы',
      description: 'Два самосвала 90 т',
      categoryCode: '87.04',
      keywords: ['самосвал'],
      quantity: 2,
      unit: 'pcs',
      budget: { min: null, max: '140000000', currency: 'RUB' },
      neededBy: '2027-10-01T00:00:00.000Z',
      deliveryRegion: 'Vladimir Oblast',
      requiredCertifications: ['EAC'],
      publish: true,
    });
  });

  it('sends no budget, quantity or deadline when they are empty, and a draft when not publishing', () => {
    const input = needInputOf({ ...emptyNeedForm(), title: 'x', categoryCode: 'S' }, false);
    expect(input).toMatchObject({ budget: null, quantity: null, neededBy: null, publish: false });
  });
});
