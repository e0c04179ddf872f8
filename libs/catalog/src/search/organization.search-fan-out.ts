import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import type { SearchFanOut } from '@tradebridge/search';
import { NEED_ENTITY } from './need.search-document.js';
import { OFFERING_ENTITY } from './offering.search-document.js';

/** Listing documents carry the organization's name, country, region and verified flag: re-sync them when it changes. */
@Injectable()
export class OrganizationSearchFanOut implements SearchFanOut {
  readonly entity = 'organization';
  /** A new organization's listings are created after it, each with its own outbox row. */
  readonly ignoredEvents = ['identity.organization.created'];

  constructor(private readonly tx: TransactionHost) {}

  async dependents(ids: string[]): Promise<Array<{ entity: string; ids: string[] }>> {
    if (ids.length === 0) return [];
    const [offerings, needs]: Array<Array<{ id: string }>> = await Promise.all([
      this.tx.manager.query(`SELECT id FROM offerings WHERE organization_id = ANY($1::uuid[]) AND status = 'PUBLISHED'`, [ids]),
      this.tx.manager.query(`SELECT id FROM needs WHERE organization_id = ANY($1::uuid[]) AND status = 'OPEN'`, [ids]),
    ]);
    return [
      { entity: OFFERING_ENTITY, ids: offerings.map((r) => r.id) },
      { entity: NEED_ENTITY, ids: needs.map((r) => r.id) },
    ].filter((dep) => dep.ids.length > 0);
  }
}
