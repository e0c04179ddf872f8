import { describe, expect, it } from '@jest/globals';
import { buildTaxonomy } from '../taxonomy/taxonomy-source.js';
import { CategoryLookup } from './category-lookup.js';

const lookup = new CategoryLookup(buildTaxonomy());
const code = (hs: string | null, category: string | null) => {
  const answer = lookup.resolve(hs, category);
  return 'code' in answer ? answer.code : `${answer.column}: ${answer.error.en}`;
};

describe('CategoryLookup', () => {
  it('takes TN VED codes of 2, 4 or more digits, with spaces and dropped leading zeros', () => {
    expect(code('87', null)).toBe('87');
    expect(code('8704', null)).toBe('87.04');
    expect(code('8704 10 100 0', null)).toBe('87.04');
    expect(code('101', null)).toBe('01.01');
  });

  it('takes category codes and names in either language', () => {
    expect(code(null, 'S.MAINTENANCE')).toBe('S.MAINTENANCE');
    expect(code(null, '87.04')).toBe('87.04');
    expect(code(null, '8704')).toBe('87.04');
    expect(code(null, 'p.assembly')).toBe('P.ASSEMBLY');
  });

  it('says which code is unknown, and refuses codes that disagree or are missing', () => {
    expect(code('9999', null)).toBe('hsCode: unknown HS (TN VED) code "9999"');
    expect(code('87A', null)).toBe('hsCode: "87A" is not an HS (TN VED) code: 2, 4 or more digits');
    expect(code(null, 'Нет такой категории')).toBe('category: unknown category "Нет такой категории"');
    expect(code('8704', '87.01')).toBe('category: HS code 8704 and category 87.01 disagree');
    expect(code(null, null)).toBe('category: give an HS (TN VED) code or a category');
  });
});
