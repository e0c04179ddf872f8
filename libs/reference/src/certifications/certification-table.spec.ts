import { describe, expect, it } from '@jest/globals';
import { certificationTable } from './certification-table.js';

const certifications = certificationTable();

describe('the certification table', () => {
  it('maps the marks of this trade, in either language and script, to their codes', () => {
    expect(certifications.canonical('EAC')).toBe('EAC');
    expect(certifications.canonical('ЕАС')).toBe('EAC'); // typed in Cyrillic
    expect(certifications.canonical('eac')).toBe('EAC');
    expect(certifications.canonical('ISO 9001:2015')).toBe('ISO-9001');
    expect(certifications.canonical('ИСО 9001')).toBe('ISO-9001');
    expect(certifications.canonical('ГОСТ Р')).toBe('GOST-R');
    expect(certifications.canonical('GOST R')).toBe('GOST-R');
    expect(certifications.canonical('ТР ТС 018/2011')).toBe('TR-CU-018-2011');
    expect(certifications.canonical('TR CU 018/2011')).toBe('TR-CU-018-2011');
    expect(certifications.canonical('декларация ЕАЭС')).toBe('EAC-DECLARATION');
    expect(certifications.canonical('GMP')).toBe('GMP-EAEU');
    expect(certifications.canonical('халяль')).toBe('HALAL');
  });

  it('keeps other marks, normalised so their spellings are one value', () => {
    expect(certifications.canonical('Halal-ICCI')).toBe('HALAL ICCI');
    expect(certifications.canonical(' halal  icci ')).toBe('HALAL ICCI');
    expect(certifications.canonicalAll(['EAC', 'ЕАС', 'eac', ' ', 'Halal-ICCI', 'HALAL ICCI'])).toEqual(['EAC', 'HALAL ICCI']);
  });

  it('adds the marks a mark implies', () => {
    expect(certifications.closure(['EAC-DECLARATION', 'ISO-9001'])).toEqual(['EAC-DECLARATION', 'EAC', 'ISO-9001']);
    expect(certifications.closure(['TR-CU-018-2011'])).toEqual(['TR-CU-018-2011', 'EAC']);
    expect(certifications.covers(['EAC-CERTIFICATE'], ['EAC'])).toBe(true);
    expect(certifications.covers(['EAC'], ['EAC-CERTIFICATE'])).toBe(false);
  });

  it('labels a mark as written in the reader\'s language', () => {
    expect(certifications.label('GOST-R', 'RU')).toBe('ГОСТ Р');
    expect(certifications.label('GOST-R', 'EN')).toBe('GOST R');
    expect(certifications.label('TR-CU-018-2011', 'EN')).toBe('TR CU 018/2011');
    expect(certifications.label('HALAL ICCI', 'RU')).toBe('HALAL ICCI');
  });
});
