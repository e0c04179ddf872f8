import { EntityRows } from '@tradebridge/core';
import type { DataSource } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';

/**
 * Organizations as columns of another slice's statement: search hits read their organizations in the
 * same statement as themselves and prime OrganizationLoaders with them (the entity stays this slice's).
 * @example const orgs = organizationRows(dataSource, 'o_'); `SELECT ${orgs.select('o')} FROM … JOIN ${orgs.table} o ON …`
 */
export function organizationRows(dataSource: DataSource, prefix: string): EntityRows<OrganizationEntity> {
  return new EntityRows(dataSource, OrganizationEntity, prefix);
}
