import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { checkPageSize, decodeCursor, encodeCursor } from './cursor.js';
import type { ConnectionPage } from './page-info.type.js';
import { DEFAULT_PAGE_SIZE, type PageArgs } from './page.args.js';


/**
 * Keyset pagination, newest first, over a query whose main alias has `createdAt` and `id`.
 * Fetches `first + 1` rows; `totalCount` runs only if the client selects it.
 * @example return paginate(this.tx.repo(Offering).createQueryBuilder('o').where('o.organizationId = :id', { id }), args);
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
): Promise<ConnectionPage<T>> {
  const first = checkPageSize(args.first ?? DEFAULT_PAGE_SIZE);
  const alias = query.alias;
  const table = query.expressionMap.mainAlias!.metadata.tablePath;
  const page = query.clone();
  if (args.after) {
    const cursorId = decodeCursor(args.after);
    page.andWhere(
      `(${alias}.created_at, ${alias}.id) < (SELECT c.created_at, c.id FROM ${table} c WHERE c.id = :cursorId)`,
      { cursorId },
    );
  }
  const rows = await page.orderBy(`${alias}.createdAt`, 'DESC').addOrderBy(`${alias}.id`, 'DESC').take(first + 1).getMany();
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => query.clone().getCount(),
  };
}
