import { Injectable } from '@nestjs/common';
import { TransactionHost, ValidationFailed } from '@tradebridge/core';
import { In, IsNull } from 'typeorm';
import { Category } from './category.entity.js';
import { buildTaxonomy, type CategoryRow } from './taxonomy-source.js';

const CHUNK = 500;

@Injectable()
export class TaxonomyService {
  /** Categories read so far (see `findByCodes`); emptied when the taxonomy is loaded. */
  private readonly known = new Map<string, Category>();

  constructor(private readonly tx: TransactionHost) {}

  /** Loads the tree idempotently (insert new nodes, update changed names); runs at every start. */
  async loadTaxonomy(rows: CategoryRow[] = buildTaxonomy()): Promise<number> {
    this.known.clear();
    return this.tx.run(async (manager) => {
      let changed = 0;
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        const params: unknown[] = [];
        const values = chunk.map((row) => {
          const base = params.length;
          params.push(row.code, row.parentCode, row.name, row.nameEn, row.hsCode, row.level, row.rootCode, row.path, row.position);
          return `(${Array.from({ length: 9 }, (_, k) => `$${base + k + 1}`).join(', ')})`;
        });
        const result: unknown[] = await manager.query(
          `INSERT INTO categories (code, parent_code, name, name_en, hs_code, level, root_code, path, position)
           VALUES ${values.join(', ')}
           ON CONFLICT (code) DO UPDATE SET parent_code = EXCLUDED.parent_code, name = EXCLUDED.name, name_en = EXCLUDED.name_en,
             hs_code = EXCLUDED.hs_code, level = EXCLUDED.level, root_code = EXCLUDED.root_code, path = EXCLUDED.path, position = EXCLUDED.position
           WHERE (categories.parent_code, categories.name, categories.name_en, categories.hs_code, categories.level, categories.root_code, categories.path, categories.position)
             IS DISTINCT FROM (EXCLUDED.parent_code, EXCLUDED.name, EXCLUDED.name_en, EXCLUDED.hs_code, EXCLUDED.level, EXCLUDED.root_code, EXCLUDED.path, EXCLUDED.position)
           RETURNING code`,
          params,
        );
        changed += result.length;
      }
      return changed;
    });
  }

  roots(): Promise<Category[]> {
    return this.tx.repo(Category).find({ where: { parentCode: IsNull() }, order: { position: 'ASC' } });
  }

  children(parentCode: string): Promise<Category[]> {
    return this.tx.repo(Category).find({ where: { parentCode }, order: { position: 'ASC' } });
  }

  async findByCode(code: string): Promise<Category | null> {
    return this.tx.repo(Category).findOneBy({ code });
  }

  /**
   * Categories by code, from memory once read: the taxonomy changes only when it is loaded (at start),
   * and every listing's category field would otherwise cost each request a query.
   */
  async findByCodes(codes: readonly string[]): Promise<Category[]> {
    const unique = [...new Set(codes)];
    const missing = unique.filter((code) => !this.known.has(code));
    if (missing.length) for (const category of await this.tx.repo(Category).findBy({ code: In(missing) })) this.known.set(category.code, category);
    return unique.map((code) => this.known.get(code)).filter((c): c is Category => c !== undefined);
  }

  childrenOf(parentCodes: readonly string[]): Promise<Category[]> {
    if (!parentCodes.length) return Promise.resolve([]);
    return this.tx.repo(Category).find({ where: { parentCode: In([...parentCodes]) }, order: { position: 'ASC' } });
  }

  /**
   * Categories whose code, HS code or name (Russian or English) contains every word of `query`, codes that
   * start with the query first, then shallower nodes, in the tree's order. The tree is ~1,500 rows: a scan.
   * @example searchCategories('87.04') // the heading "Моторные транспортные средства для перевозки грузов"
   */
  searchCategories(query: string, first: number): Promise<Category[]> {
    const words = query.toLowerCase().replace(/ё/g, 'е').split(/\s+/).filter(Boolean).slice(0, 8);
    if (words.length === 0) return Promise.resolve([]);
    const compact = query.trim().replace(/[\s.]/g, '');
    const builder = this.tx.repo(Category).createQueryBuilder('c');
    words.forEach((word, i) => {
      builder.andWhere(
        `(translate(lower(c.name || ' ' || c.name_en || ' ' || c.code || ' ' || coalesce(c.hs_code, '')), 'ё' || chr(160), 'е ') LIKE :w${i} ESCAPE '\\')`,
        { [`w${i}`]: `%${escapeLike(word)}%` },
      );
    });
    return builder
      .orderBy(`CASE WHEN lower(c.code) LIKE :prefix ESCAPE '\\' OR c.hs_code LIKE :hsPrefix ESCAPE '\\' THEN 0 ELSE 1 END`)
      .addOrderBy('c.level', 'ASC')
      .addOrderBy('c.position', 'ASC')
      .setParameters({ prefix: `${escapeLike(query.trim().toLowerCase())}%`, hsPrefix: `${escapeLike(compact)}%` })
      .limit(first)
      .getMany();
  }

  /** The category or BAD_USER_INPUT naming `path` when the code does not exist. */
  async requireCategory(code: string, path: string): Promise<Category> {
    // From memory once read (findByCodes): an import checks thousands of rows.
    const [category] = await this.findByCodes([code]);
    if (!category) throw ValidationFailed.field(path, `unknown category code "${code}"`);
    return category;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
