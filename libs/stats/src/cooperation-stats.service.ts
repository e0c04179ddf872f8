import { Injectable } from '@nestjs/common';
import { publicNeedSql, publicOfferingSql } from '@tradebridge/catalog';
import { TransactionHost } from '@tradebridge/core';
import type { StatsWindow } from './stats-window.js';

export interface CooperationTotals {
  publishedOfferings: number;
  openNeeds: number;
  contactRequests: number;
  acceptedContacts: number;
}

/** Counts per organization region as stored (a code; text left from before codes as written). */
export interface RegionRow {
  region: string;
  organizations: number;
  offerings: number;
  needs: number;
}

export interface SectorRow {
  categoryCode: string;
  offerings: number;
  needs: number;
  contactRequests: number;
  acceptedContacts: number;
}

// Contact requests count in the window by creation, accepted contacts by the moment of acceptance.
// $1 = from, $2 = to; either may be null (an open end).
const CREATED_IN_WINDOW = `($1::timestamptz IS NULL OR cr.created_at >= $1) AND ($2::timestamptz IS NULL OR cr.created_at <= $2)`;
const ACCEPTED_IN_WINDOW = `cr.status = 'ACCEPTED' AND ($1::timestamptz IS NULL OR cr.responded_at >= $1) AND ($2::timestamptz IS NULL OR cr.responded_at <= $2)`;

/**
 * Cooperation statistics for the working group, straight from SQL aggregates (COUNT ... GROUP BY):
 * no row is ever loaded. Public listings follow the catalog's own rule (published/open, unexpired);
 * a contact request belongs to the sector of its listing's category root.
 */
@Injectable()
export class CooperationStatsService {
  constructor(private readonly tx: TransactionHost) {}

  /** Registered organizations per country, in one query. */
  async organizationsByCountry(): Promise<Map<string, number>> {
    const rows: Array<{ country: string; n: number }> = await this.tx.manager.query(
      `SELECT country, count(*)::int AS n FROM organizations GROUP BY country`,
    );
    return new Map(rows.map((r) => [r.country, r.n]));
  }

  /** Organizations, public offerings and open needs per organization region, in one query. */
  byRegion(): Promise<RegionRow[]> {
    return this.tx.manager.query(
      `WITH offering_counts AS (
              SELECT o.organization_id, count(*)::int AS n FROM offerings o WHERE ${publicOfferingSql('o')} GROUP BY o.organization_id),
            need_counts AS (
              SELECT n.organization_id, count(*)::int AS n FROM needs n WHERE ${publicNeedSql('n')} GROUP BY n.organization_id)
       SELECT org.region, count(*)::int AS organizations,
              coalesce(sum(oc.n), 0)::int AS offerings, coalesce(sum(nc.n), 0)::int AS needs
         FROM organizations org
         LEFT JOIN offering_counts oc ON oc.organization_id = org.id
         LEFT JOIN need_counts nc ON nc.organization_id = org.id
        GROUP BY org.region`,
    );
  }

  async totals(window: StatsWindow): Promise<CooperationTotals> {
    const [row]: Array<CooperationTotals> = await this.tx.manager.query(
      `SELECT (SELECT count(*) FROM offerings o WHERE ${publicOfferingSql('o')})::int AS "publishedOfferings",
              (SELECT count(*) FROM needs n WHERE ${publicNeedSql('n')})::int AS "openNeeds",
              (SELECT count(*) FROM contact_requests cr WHERE ${CREATED_IN_WINDOW})::int AS "contactRequests",
              (SELECT count(*) FROM contact_requests cr WHERE ${ACCEPTED_IN_WINDOW})::int AS "acceptedContacts"`,
      [window.from, window.to],
    );
    return row;
  }

  /** Every top-level sector (the taxonomy's roots, in its order), zeros included. */
  bySector(window: StatsWindow): Promise<SectorRow[]> {
    return this.tx.manager.query(
      `WITH offering_counts AS (
              SELECT c.root_code, count(*)::int AS n
                FROM offerings o JOIN categories c ON c.code = o.category_code
               WHERE ${publicOfferingSql('o')}
               GROUP BY c.root_code),
            need_counts AS (
              SELECT c.root_code, count(*)::int AS n
                FROM needs n JOIN categories c ON c.code = n.category_code
               WHERE ${publicNeedSql('n')}
               GROUP BY c.root_code),
            request_counts AS (
              SELECT c.root_code,
                     count(*) FILTER (WHERE ${CREATED_IN_WINDOW})::int AS requests,
                     count(*) FILTER (WHERE ${ACCEPTED_IN_WINDOW})::int AS accepted
                FROM contact_requests cr
                LEFT JOIN offerings o ON o.id = cr.offering_id
                LEFT JOIN needs n ON n.id = cr.need_id
                JOIN categories c ON c.code = coalesce(o.category_code, n.category_code)
               GROUP BY c.root_code)
       SELECT r.code AS "categoryCode",
              coalesce(oc.n, 0) AS offerings,
              coalesce(nc.n, 0) AS needs,
              coalesce(rc.requests, 0) AS "contactRequests",
              coalesce(rc.accepted, 0) AS "acceptedContacts"
         FROM categories r
         LEFT JOIN offering_counts oc ON oc.root_code = r.code
         LEFT JOIN need_counts nc ON nc.root_code = r.code
         LEFT JOIN request_counts rc ON rc.root_code = r.code
        WHERE r.parent_code IS NULL
        ORDER BY r.position, r.code`,
      [window.from, window.to],
    );
  }
}
