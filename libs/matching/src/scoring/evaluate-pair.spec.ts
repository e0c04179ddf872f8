import { describe, expect, it } from '@jest/globals';
import { distillQuery } from '@tradebridge/search';
import { evaluatePair, passesHardFilters, reasonsOf, scoreCeiling, type NeedFacts, type OfferingFacts } from './evaluate-pair.js';

const now = new Date('2027-01-01T00:00:00Z');
const need: NeedFacts = {
  id: 'n1',
  organizationId: 'buyer',
  title: 'Карьерные самосвалы для щебёночного карьера, 2 шт.',
  keywords: ['самосвал', 'mining dump truck'],
  description: 'Нужны два карьерных самосвала с EAC.',
  neededBy: new Date('2027-09-01T00:00:00Z'),
  deliveryRegion: 'RU-VLA',
  requiredCertifications: ['EAC'],
  budgetMin: null,
  budgetMax: '1500000.00',
  budgetCurrency: 'USD',
  quantity: 2,
  unit: '796',
};
const offering: OfferingFacts = {
  id: 'o1',
  organizationId: 'belaz',
  title: 'Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т',
  keywords: ['самосвал', 'БелАЗ'],
  description: 'Для открытых горных работ.',
  leadTimeDays: 45,
  certifications: ['EAC', 'ISO-9001'],
  deliveryRegions: ['RU'],
  priceMin: '1200000.00',
  priceMax: null,
  currency: 'USD',
  minOrderQuantity: 1,
  unit: '796',
};
const path = ['XVII', '87', '87.04'];
const asker = { side: 'need' as const, words: distillQuery(need.title, need.keywords).words };

describe('evaluatePair', () => {
  it('scores a pair that fits on every signal near the top', () => {
    const pair = evaluatePair({ need, offering, needPath: path, offeringPath: path, supplierVerified: true, rankingScore: 0.8, asker, now });
    expect(pair.signals).toMatchObject({ leadTime: 'fits', price: 'fits', region: 'fits', verified: true });
    expect(pair.score).toBeGreaterThan(0.8);
    expect(pair.score).toBeLessThanOrEqual(1);
  });

  it('scores lower when the deadline, the budget or the category do not fit', () => {
    const good = evaluatePair({ need, offering, needPath: path, offeringPath: path, supplierVerified: true, rankingScore: 0.8, asker, now }).score;
    const late = evaluatePair({ need, offering: { ...offering, leadTimeDays: 400 }, needPath: path, offeringPath: path, supplierVerified: true, rankingScore: 0.8, asker, now }).score;
    const dear = evaluatePair({ need, offering: { ...offering, priceMin: '2000000' }, needPath: path, offeringPath: path, supplierVerified: true, rankingScore: 0.8, asker, now }).score;
    const other = evaluatePair({ need, offering, needPath: path, offeringPath: ['XVII', '87', '87.01'], supplierVerified: true, rankingScore: 0.8, asker, now }).score;
    expect(late).toBeLessThan(good);
    expect(dear).toBeLessThan(good);
    expect(other).toBeLessThan(good);
  });

  it('applies the hard filters: never the same organization, every required certification, a minimum order within the quantity', () => {
    expect(passesHardFilters(need, offering)).toBe(true);
    expect(passesHardFilters(need, { ...offering, organizationId: 'buyer' })).toBe(false);
    expect(passesHardFilters(need, { ...offering, certifications: ['ISO-9001'] })).toBe(false);
    expect(passesHardFilters(need, { ...offering, certifications: ['EAC-DECLARATION'] })).toBe(true); // a declaration carries the EAC mark
    expect(passesHardFilters(need, { ...offering, minOrderQuantity: 3 })).toBe(false);
    const gravel = { ...need, quantity: 520, unit: '168' };
    expect(passesHardFilters(gravel, { ...offering, minOrderQuantity: 20_000, unit: '166' })).toBe(true); // 20 t of 520 t
    expect(passesHardFilters(gravel, { ...offering, minOrderQuantity: 600_000, unit: '166' })).toBe(false); // 600 t
    expect(passesHardFilters(gravel, { ...offering, minOrderQuantity: 600, unit: '113' })).toBe(true); // m³ against t: cannot tell
  });

  it('explains the pair with the asking listing\'s distilled words', () => {
    const pair = evaluatePair({ need, offering, needPath: path, offeringPath: path, supplierVerified: true, rankingScore: 0.8, asker, now });
    const label = { code: '87.04', name: 'Моторные транспортные средства для перевозки грузов', nameEn: 'Motor vehicles for the transport of goods', level: 2, rootCode: 'XVII' };
    expect(reasonsOf(pair, label, 'EN')).toEqual([
      { code: 'TEXT', detail: 'matched: самосвал, mining dump truck, карьерные' },
      { code: 'CATEGORY', detail: 'same heading 87.04 Motor vehicles for the transport of goods' },
      { code: 'CERTIFICATION', detail: 'EAC present' },
      { code: 'LEAD_TIME', detail: '45 days fits 1 September 2027' },
      { code: 'PRICE', detail: 'from US$1,200,000, within the budget of US$1,500,000' },
      { code: 'REGION', detail: 'delivery: Russia, incl. Vladimir Oblast' },
      { code: 'VERIFIED', detail: 'verified supplier' },
    ]);
  });

  it('never scores above its ceiling, and reaches it when every query word is found', () => {
    const input = { need, offering, needPath: path, offeringPath: path, supplierVerified: true, rankingScore: 0.8, asker, now };
    const partly = evaluatePair(input);
    expect(partly.signals.text).toBeLessThan(0.8 * 0.4 + 0.6); // not every distilled word is in the offering
    expect(partly.score).toBeLessThan(scoreCeiling(input));
    const found = { ...input, asker: { side: 'need' as const, words: ['самосвал', 'карьерный'] } };
    expect(evaluatePair(found).score).toBe(scoreCeiling(found));
  });
});
