import { categoryNamesOf, categoryTextOf } from './listing-document.js';

/** A category as `categoryStems` reads it (a taxonomy entity, or a row of the taxonomy's source). */
export interface NamedCategory {
  code: string;
  parentCode: string | null;
  name: string;
  nameEn: string;
}

/**
 * The stemmed names (`categoryNamesStemmed`) of the listings' documents in these categories, made from
 * the taxonomy in memory: a re-ranked window asks Meilisearch for the category code instead of the
 * names, which were half the bytes of its 300 hits.
 */
export async function categoryStems(
  taxonomy: { findByCodes(codes: readonly string[]): Promise<NamedCategory[]> },
  codes: readonly string[],
): Promise<Map<string, string>> {
  const own = await taxonomy.findByCodes(codes);
  const parents = new Map((await taxonomy.findByCodes(own.flatMap((c) => (c.parentCode ? [c.parentCode] : [])))).map((c) => [c.code, c]));
  return new Map(own.map((c) => [c.code, categoryTextOf(categoryNamesOf(c, c.parentCode ? parents.get(c.parentCode) : undefined)).categoryNamesStemmed]));
}
