import { describe, expect, it } from '@jest/globals';
import { MatchReasonCode } from '../matches/match.types.js';
import { matchReasons, type ReasonFacts } from './match-reasons.js';
import { daysText, moneyText, shorten } from './reason-format.js';

const facts: ReasonFacts = {
  terms: ['самосвал', '90 т'],
  category: { code: '87.04', name: 'Моторные транспортные средства для перевозки грузов', nameEn: 'Motor vehicles for the transport of goods', level: 2, rootCode: 'XVII' },
  certifications: ['EAC'],
  leadTime: { days: 45, neededBy: new Date('2027-09-01T00:00:00Z') },
  price: { amount: 350000, currency: 'USD', budgetMax: 400000 },
  region: { coverage: { region: 'RU-VLA', broad: false }, needRegion: 'RU-VLA' },
  verified: true,
};

describe('matchReasons', () => {
  it('explains every signal that held, in English', () => {
    expect(matchReasons(facts, 'EN')).toEqual([
      { code: MatchReasonCode.TEXT, detail: 'matched: самосвал, 90 т' },
      { code: MatchReasonCode.CATEGORY, detail: 'same heading 87.04 Motor vehicles for the transport of goods' },
      { code: MatchReasonCode.CERTIFICATION, detail: 'EAC present' },
      { code: MatchReasonCode.LEAD_TIME, detail: '45 days fits 1 September 2027' },
      { code: MatchReasonCode.PRICE, detail: 'from US$350,000, within the budget of US$400,000' },
      { code: MatchReasonCode.REGION, detail: 'delivery: Vladimir Oblast' },
      { code: MatchReasonCode.VERIFIED, detail: 'verified supplier' },
    ]);
  });

  it('and in Russian', () => {
    expect(matchReasons(facts, 'RU').map((r) => r.detail)).toEqual([
      'совпадения: самосвал, 90 т',
      'та же товарная позиция 87.04 «Моторные транспортные средства для перевозки грузов»',
      'EAC — есть',
      '45 дней — успевает к 1 сентября 2027 г.',
      'от 350\u00a0000\u00a0$ — в пределах бюджета 400\u00a0000\u00a0$',
      'доставка: Владимирская область',
      'проверенный поставщик',
    ]);
  });

  it('names the shared level: chapter, section, project category; broad regions', () => {
    const chapter = { ...facts, category: { code: '87', name: 'Средства наземного транспорта', nameEn: 'Vehicles', level: 1, rootCode: 'XVII' } };
    expect(matchReasons(chapter, 'EN')[1].detail).toBe('same chapter 87 Vehicles');
    expect(matchReasons(chapter, 'RU')[1].detail).toBe('та же группа 87 «Средства наземного транспорта»');
    const service = { ...facts, category: { code: 'S.MAINTENANCE', name: 'Ремонт', nameEn: 'Maintenance', level: 1, rootCode: 'S' } };
    expect(matchReasons(service, 'EN')[1].detail).toBe('same category S.MAINTENANCE Maintenance');
    const broad = { ...facts, region: { coverage: { region: 'RU-CFD', broad: true }, needRegion: 'RU-VLA' } };
    expect(matchReasons(broad, 'EN')[5].detail).toBe('delivery: Central Federal District, incl. Vladimir Oblast');
    expect(matchReasons(broad, 'RU')[5].detail).toBe('доставка: Центральный федеральный округ, в т. ч. Владимирская область');
  });

  it('names certifications as written in the reader\'s language, and the unit of a converted price', () => {
    const marks = { ...facts, certifications: ['GOST-R', 'TR-CU-018-2011'] };
    expect(matchReasons(marks, 'RU')[2].detail).toBe('ГОСТ Р, ТР ТС 018/2011 — есть');
    expect(matchReasons(marks, 'EN')[2].detail).toBe('GOST R, TR CU 018/2011 present');
    const perTonne = { ...facts, price: { amount: 25000, currency: 'RUB', budgetMax: 30000, per: '168' } };
    expect(matchReasons(perTonne, 'RU')[4].detail).toBe('от 25\u00a0000\u00a0₽/т — в пределах бюджета 30\u00a0000\u00a0₽/т');
    expect(matchReasons(perTonne, 'EN')[4].detail).toBe('from RUB\u00a025,000/t, within the budget of RUB\u00a030,000/t');
  });

  it('gives no reason for signals that did not hold', () => {
    const none: ReasonFacts = { terms: [], category: null, certifications: [], leadTime: null, price: null, region: null, verified: false };
    expect(matchReasons(none, 'RU')).toEqual([]);
  });
});

describe('reason formatting', () => {
  it('declines Russian day counts', () => {
    expect(['1', '2', '5', '11', '21', '22', '112'].map((n) => daysText(Number(n), 'RU'))).toEqual([
      '1 день', '2 дня', '5 дней', '11 дней', '21 день', '22 дня', '112 дней',
    ]);
    expect(daysText(1, 'EN')).toBe('1 day');
  });

  it('writes money as the pages do (Intl, the same locales), cents only when there are any', () => {
    expect(moneyText(118000000, 'RUB', 'RU')).toBe('118\u00a0000\u00a0000\u00a0₽');
    expect(moneyText(118000000, 'RUB', 'EN')).toBe('RUB\u00a0118,000,000');
    expect(moneyText(1234.5, 'EUR', 'EN')).toBe('€1,234.50');
    expect(moneyText(1234.5, 'BYN', 'RU')).toBe('1\u00a0234,50\u00a0BYN');
  });

  it('shortens long names at a word', () => {
    expect(shorten('short')).toBe('short');
    expect(shorten('Машины и механизмы для уборки или обмолота сельскохозяйственных культур', 40)).toBe('Машины и механизмы для уборки или…');
  });
});
