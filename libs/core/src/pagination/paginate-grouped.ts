import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { checkPageSize, decodeCursor, encodeCursor } from './cursor.js';
import type { ConnectionPage } from './page-info.type.js';
import { DEFAULT_PAGE_SIZE, type PageArgs } from './page.args.js';

export interface GroupedPageQuery<T extends ObjectLiteral> {
  /** Every parent's rows with the shared conditions applied (main alias with `createdAt` and `id`). */
  query: SelectQueryBuilder<T>;
  /** SQL column of the main alias that names the parent, e.g. `organization_id`. */
  parentColumn: string;
  /** The entity property holding the parent id, e.g. `organizationId`. */
  parentOf: (row: T) => string;
  parentIds: readonly string[];
}

/**
 * `paginate` for many parents at once (a DataLoader's batch): the first page of each parent's rows,
 * newest first, in ONE statement — a window function numbers each parent's rows and keeps `first + 1`
 * of them. Pages come back in `parentIds` order, without `totalCount` (see `countGrouped`).
 * @example const pages = await paginateGrouped({ query, parentColumn: 'organization_id', parentOf: (o) => o.organizationId, parentIds }, args);
 */
export async function paginateGrouped<T extends ObjectLiteral & { id: string }>(
  spec: GroupedPageQuery<T>,
  args: PageArgs,
): Promise<Array<Omit<ConnectionPage<T>, 'totalCount'>>> {
  const first = checkPageSize(args.first ?? DEFAULT_PAGE_SIZE);
  const { query, parentColumn, parentOf, parentIds } = spec;
  const alias = query.alias;
  const table = query.expressionMap.mainAlias!.metadata.tablePath;
  const ranked = query.clone().andWhere(`${alias}.${parentColumn} IN (:...groupedParentIds)`, { groupedParentIds: [...new Set(parentIds)] });
  if (args.after) {
    ranked.andWhere(`(${alias}.created_at, ${alias}.id) < (SELECT c.created_at, c.id FROM ${table} c WHERE c.id = :groupedCursorId)`, {
      groupedCursorId: decodeCursor(args.after),
    });
  }
  ranked
    .select(`${alias}.id`, 'id')
    .addSelect(`row_number() OVER (PARTITION BY ${alias}.${parentColumn} ORDER BY ${alias}.created_at DESC, ${alias}.id DESC)`, 'rank');
  const rows = await query.connection
    .createQueryBuilder(query.expressionMap.mainAlias!.target, alias)
    .where(`${alias}.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.rank <= :groupedLimit)`)
    .setParameters({ ...ranked.getParameters(), groupedLimit: first + 1 })
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .getMany();
  const byParent = new Map<string, T[]>();
  for (const row of rows as T[]) {
    const list = byParent.get(parentOf(row));
    if (list) list.push(row);
    else byParent.set(parentOf(row), [row]);
  }
  return parentIds.map((parentId) => {
    const list = byParent.get(parentId) ?? [];
    const edges = list.slice(0, first).map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: list.length > first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  });
}

/** The number of rows of each parent in `parentIds` order, in one GROUP BY statement (totalCount of grouped pages). */
export async function countGrouped<T extends ObjectLiteral>(spec: Omit<GroupedPageQuery<T>, 'parentOf'>): Promise<number[]> {
  const { query, parentColumn, parentIds } = spec;
  const alias = query.alias;
  const rows: Array<{ parent: string; n: string }> = await query
    .clone()
    .andWhere(`${alias}.${parentColumn} IN (:...groupedParentIds)`, { groupedParentIds: [...new Set(parentIds)] })
    .select(`${alias}.${parentColumn}`, 'parent')
    .addSelect('count(*)', 'n')
    .groupBy(`${alias}.${parentColumn}`)
    .getRawMany();
  const counts = new Map(rows.map((r) => [r.parent, Number(r.n)]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
