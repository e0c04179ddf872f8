import type { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { categoryNamesOf, categoryTextOf } from './listing-document.js';

/**
 * The stemmed names (`categoryNamesStemmed`) of the listings' documents in these categories, made from
 * the taxonomy in memory: a re-ranked window asks Meilisearch for the category code instead of the
 * names, which were half the bytes of its 300 hits.
 */
export async function categoryStems(taxonomy: Pick<TaxonomyService, 'findByCodes'>, codes: readonly string[]): Promise<Map<string, string>> {
  const own = await taxonomy.findByCodes(codes);
  const parents = new Map((await taxonomy.findByCodes(own.flatMap((c) => (c.parentCode ? [c.parentCode] : [])))).map((c) => [c.code, c]));
  return new Map(own.map((c) => [c.code, categoryTextOf(categoryNamesOf(c, c.parentCode ? parents.get(c.parentCode) : undefined)).categoryNamesStemmed]));
}
