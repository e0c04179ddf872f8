import type { Category } from '../taxonomy/category.entity.js';
import { message, type Bilingual } from './import-messages.js';

// The category of an imported row: by TN VED (HS) code — 2 digits a chapter, 4 or more the heading of
// their first 4 — or by the category column, which takes a TradeBridge code (87.04, S.MAINTENANCE), a TN
// VED code, or a category's Russian or English name.

export type CategoryAnswer = { code: string } | { error: Bilingual; column: 'hsCode' | 'category' };

const fold = (text: string) => text.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export class CategoryLookup {
  private readonly byCode = new Map<string, string>();
  private readonly byHs = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();

  constructor(categories: readonly Pick<Category, 'code' | 'hsCode' | 'name' | 'nameEn'>[]) {
    for (const c of categories) {
      this.byCode.set(c.code.toUpperCase(), c.code);
      if (c.hsCode) this.byHs.set(c.hsCode, c.code);
      for (const name of new Set([fold(c.name), fold(c.nameEn)])) this.byName.set(name, [...(this.byName.get(name) ?? []), c.code]);
    }
  }

  /** The row's category from its HS code and category cells (either; both must agree). */
  resolve(hsCode: string | null, category: string | null): CategoryAnswer {
    const fromHs = hsCode === null ? null : this.byHsCode(hsCode, 'hsCode');
    const fromCategory = category === null ? null : this.byCategory(category);
    if (fromHs && 'error' in fromHs) return fromHs;
    if (fromCategory && 'error' in fromCategory) return fromCategory;
    if (fromHs && fromCategory && fromHs.code !== fromCategory.code) {
      return { error: message('CATEGORY_DISAGREES', { hs: hsCode!.trim(), category: category!.trim() }), column: 'category' };
    }
    return fromCategory ?? fromHs ?? { error: message('CATEGORY_MISSING'), column: 'category' };
  }

  private byHsCode(raw: string, column: 'hsCode' | 'category'): CategoryAnswer {
    let digits = raw.replace(/[\s.\-\u00a0]/g, '');
    if (!/^\d{1,10}$/.test(digits)) return { error: message('BAD_HS_CODE', { code: raw.trim() }), column };
    // A spreadsheet that took the code for a number dropped its leading zero (0101 -> 101).
    if (digits.length % 2 === 1) digits = `0${digits}`;
    const code = this.byHs.get(digits.length === 2 ? digits : digits.slice(0, 4));
    return code ? { code } : { error: message('UNKNOWN_HS_CODE', { code: raw.trim() }), column };
  }

  private byCategory(raw: string): CategoryAnswer {
    const text = raw.trim();
    const code = this.byCode.get(text.toUpperCase());
    if (code) return { code };
    if (/^[\d\s.-]+$/.test(text)) return this.byHsCode(text, 'category');
    const named = this.byName.get(fold(text)) ?? [];
    if (named.length === 1) return { code: named[0] };
    if (named.length > 1) return { error: message('AMBIGUOUS_CATEGORY', { name: text, codes: named.join(', ') }), column: 'category' };
    return { error: message('UNKNOWN_CATEGORY', { code: text }), column: 'category' };
  }
}
