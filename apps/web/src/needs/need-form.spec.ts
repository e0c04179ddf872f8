import { describe, expect, it } from '@jest/globals';
import { emptyNeedForm, needFormOf, needInputOf } from './need-form';

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
      unit: '796',
      budget: { min: null, max: '140000000', currency: 'RUB' },
      neededBy: '2027-10-01T00:00:00.000Z',
      deliveryRegion: 'RU-VLA',
      requiredCertifications: ['EAC'],
      publish: true,
    });
  });

  it('sends no budget, quantity or deadline when they are empty, and a draft when not publishing', () => {
    const input = needInputOf({ ...emptyNeedForm(), title: 'x', categoryCode: 'S' }, false);
    expect(input).toMatchObject({ budget: null, quantity: null, neededBy: null, publish: false });
  });
});

describe('certifications in the need editor', () => {
  const codes: Record<string, string> = { 'Декларация ЕАЭС': 'EAC-DECLARATION', EAC: 'EAC' };
  const codeOf = (name: string) => codes[name.trim()] ?? name.trim();

  it('sends the codes of named certifications and other marks as typed, each once', () => {
    const values = { ...emptyNeedForm(), title: 'x', categoryCode: 'S', requiredCertifications: ['Декларация ЕАЭС', ' EAC', 'EAC', 'Halal ICCI', ' '] };
    expect(needInputOf(values, true, codeOf).requiredCertifications).toEqual(['EAC-DECLARATION', 'EAC', 'Halal ICCI']);
  });

  it('fills the editor with codes for the unit and the region, and certification names in the page language', () => {
    const need = {
      id: 'n1', title: 't', description: '', keywords: [], status: 'OPEN', quantity: 520, unit: 't', unitCode: '168', budget: null, neededBy: null,
      deliveryRegion: 'Vladimir Oblast', deliveryRegionCode: 'RU-VLA', requiredCertifications: ['EAEU declaration'], requiredCertificationCodes: ['EAC-DECLARATION'],
      createdAt: '', updatedAt: '', category: { code: '25.17', name: '', nameEn: '', hsCode: null }, organization: { id: 'o', name: 'o' },
    } as unknown as Parameters<typeof needFormOf>[0];
    expect(needFormOf(need, (code) => (code === 'EAC-DECLARATION' ? 'Декларация ЕАЭС' : code))).toMatchObject({
      unit: '168', deliveryRegion: 'RU-VLA', requiredCertifications: ['Декларация ЕАЭС'], quantity: 520,
    });
  });
});
