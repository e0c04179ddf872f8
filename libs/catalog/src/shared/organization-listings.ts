import type { RequestUser } from '@tradebridge/core';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { readsAllOf } from './listing-visibility.js';

/**
 * The listings of several organizations as `viewer` may list them (Organization.offerings / needs, batched):
 * every status for the organizations the viewer acts for, only public ones (`publicSql`) elsewhere.
 * The caller restricts the organizations (paginateGrouped / countGrouped do).
 */
export function organizationListingsQuery<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: RequestUser | null,
  organizationIds: readonly string[],
  status: string | null | undefined,
  publicSql: string,
): SelectQueryBuilder<T> {
  const alias = query.alias;
  if (status) query.andWhere(`${alias}.status = :listingStatus`, { listingStatus: status });
  const readable = [...new Set(organizationIds.filter((id) => readsAllOf(viewer, id)))];
  if (readable.length === 0) return query.andWhere(publicSql);
  if (readable.length === new Set(organizationIds).size) return query;
  return query.andWhere(
    new Brackets((where) => where.where(`${alias}.organization_id IN (:...readableOrganizationIds)`, { readableOrganizationIds: readable }).orWhere(publicSql)),
  );
}
