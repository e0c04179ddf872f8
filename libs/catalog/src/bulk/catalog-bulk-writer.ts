import { randomUUID } from 'node:crypto';
import { chunks } from '@tradebridge/core';
import type { EntityManager } from 'typeorm';
import type { DemoNeed, DemoOffering, DemoOrganization } from '@tradebridge/demo';

// Bulk INSERTs for seeding and benchmarks: one jsonb parameter per chunk (jsonb_to_recordset), so a
// statement carries ~1000 rows whatever the column count, and every listing and organization gets its
// search outbox row in the same statement. Runs inside the caller's transaction (`manager`).
//
// Seeding writes identity's tables (users, organizations, memberships, sectors) directly: row by row
// through IdentityModule's services would take minutes for the bench data set.

export const BULK_CHUNK = 1000;

export interface LoadedOrganization {
  id: string;
  key: string;
}

export interface BulkCounts {
  organizations: number;
  users: number;
  offerings: number;
  needs: number;
}


/**
 * Spreads creation times over the past so lists read newest-first in a stable order: item `index`
 * of `count` is `index` steps (`stepMs`) newer than item 0.
 */
export function createdAtOf(now: number, index: number, count: number, stepMs: number): string {
  return new Date(now - (count - index) * stepMs).toISOString();
}

/** Ids of the organizations among `organizations` that already exist (same country and tax id), by key. */
export async function existingOrganizationIds(manager: EntityManager, organizations: readonly DemoOrganization[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (organizations.length === 0) return found;
  const rows: Array<{ id: string; key: string }> = await manager.query(
    `SELECT id, country || ':' || tax_id AS key FROM organizations
      WHERE (country, tax_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [organizations.map((o) => o.country), organizations.map((o) => o.taxId)],
  );
  const idByTaxId = new Map(rows.map((r) => [r.key, r.id]));
  for (const org of organizations) {
    const id = idByTaxId.get(`${org.country}:${org.taxId}`);
    if (id) found.set(org.key, id);
  }
  return found;
}

/** Category codes among `codes` that do not exist (seeding refuses to guess). */
export async function unknownCategoryCodes(manager: EntityManager, codes: Iterable<string>): Promise<string[]> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return [];
  const rows: Array<{ code: string }> = await manager.query(`SELECT code FROM categories WHERE code = ANY($1::text[])`, [wanted]);
  const known = new Set(rows.map((r) => r.code));
  return wanted.filter((code) => !known.has(code));
}

/**
 * Inserts organizations with their sectors, users (sharing `passwordHash` per password) and
 * memberships (the first user is OWNER unless it says otherwise), plus an outbox row per organization.
 * Users whose e-mail is taken are skipped. Returns the new organizations by key.
 */
export async function insertOrganizations(
  manager: EntityManager,
  organizations: readonly DemoOrganization[],
  passwordHashOf: (password: string) => string,
  now = Date.now(),
): Promise<{ byKey: Map<string, string>; users: number }> {
  const byKey = new Map<string, string>();
  const orgRows = organizations.map((org, i) => {
    const id = randomUUID();
    byKey.set(org.key, id);
    return {
      id,
      name: org.name,
      country: org.country,
      region: org.region,
      city: org.city ?? null,
      tax_id: org.taxId,
      website: org.website ?? null,
      description: org.description ?? null,
      verified: org.verified,
      created_at: createdAtOf(now, i, organizations.length, 3_600_000),
    };
  });
  for (const chunk of chunks(orgRows, BULK_CHUNK)) {
    await manager.query(
      `WITH r AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, country text, region text, city text, tax_id text,
           website text, description text, verified boolean, created_at timestamptz)
       ), ins AS (
         INSERT INTO organizations (id, name, country, region, city, tax_id, website, description, verified, created_at, updated_at)
         SELECT id, name, country, region, city, tax_id, website, description, verified, created_at, created_at FROM r
         RETURNING id
       )
       INSERT INTO search_outbox (entity, entity_id, event) SELECT 'organization', id, 'identity.organization.created' FROM ins`,
      [JSON.stringify(chunk)],
    );
  }
  const sectorRows = organizations.flatMap((org) =>
    [...new Set(org.sectorCodes)].map((code, position) => ({ organization_id: byKey.get(org.key)!, category_code: code, position })),
  );
  for (const chunk of chunks(sectorRows, BULK_CHUNK)) {
    await manager.query(
      `INSERT INTO organization_sectors (organization_id, category_code, position)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(organization_id uuid, category_code text, position integer)`,
      [JSON.stringify(chunk)],
    );
  }
  const users = organizations.flatMap((org) =>
    org.users.map((user, i) => ({ user, organizationId: byKey.get(org.key)!, role: i === 0 ? 'OWNER' : user.role })),
  );
  const taken = await takenEmails(manager, users.map((u) => u.user.email));
  const userRows = users
    .filter((u) => !taken.has(u.user.email.toLowerCase()))
    .map(({ user, organizationId, role }) => ({
      id: randomUUID(),
      email: user.email.toLowerCase(),
      password_hash: passwordHashOf(user.password),
      display_name: user.displayName,
      position: user.position ?? null,
      phone: user.phone ?? null,
      locale: user.locale,
      organization_id: organizationId,
      role,
    }));
  for (const chunk of chunks(userRows, BULK_CHUNK)) {
    await manager.query(
      `WITH r AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, email text, password_hash text, display_name text, position text,
           phone text, locale text, organization_id uuid, role text)
       ), u AS (
         INSERT INTO users (id, email, password_hash, display_name, position, phone, locale)
         SELECT id, email, password_hash, display_name, position, phone, locale FROM r
       )
       INSERT INTO memberships (user_id, organization_id, role) SELECT id, organization_id, role FROM r`,
      [JSON.stringify(chunk)],
    );
  }
  return { byKey, users: userRows.length };
}

async function takenEmails(manager: EntityManager, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows: Array<{ email: string }> = await manager.query(`SELECT lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[])`, [
    emails.map((e) => e.toLowerCase()),
  ]);
  return new Set(rows.map((r) => r.email));
}

/** Inserts offerings of known organizations (by `orgKey`) with one outbox row each; returns the count. */
export async function insertOfferings(
  manager: EntityManager,
  offerings: readonly DemoOffering[],
  orgIdOf: (orgKey: string) => string | undefined,
  now = Date.now(),
  onChunk?: (rows: number) => void,
): Promise<number> {
  let inserted = 0;
  const stepMs = Math.max(1000, Math.floor((90 * 86_400_000) / Math.max(1, offerings.length)));
  for (const [c, chunk] of chunks(offerings, BULK_CHUNK).entries()) {
    const rows = [];
    for (const [j, o] of chunk.entries()) {
      const organizationId = orgIdOf(o.orgKey);
      if (!organizationId) continue;
      const createdAt = createdAtOf(now, c * BULK_CHUNK + j, offerings.length, stepMs);
      rows.push({
        organization_id: organizationId,
        kind: o.kind,
        title: o.title,
        description: o.description,
        category_code: o.categoryCode,
        keywords: o.keywords,
        price_min: o.price?.min ?? null,
        price_max: o.price?.max ?? null,
        currency: o.price?.currency ?? null,
        min_order_quantity: o.minOrderQuantity ?? null,
        unit: o.unit ?? null,
        lead_time_days: o.leadTimeDays ?? null,
        certifications: o.certifications,
        delivery_regions: o.deliveryRegions,
        status: o.status,
        valid_until: o.validUntil ?? null,
        published_at: o.status === 'DRAFT' ? null : createdAt,
        created_at: createdAt,
      });
    }
    if (rows.length === 0) continue;
    await manager.query(
      `WITH r AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(organization_id uuid, kind text, title text, description text, category_code text,
           keywords text[], price_min numeric, price_max numeric, currency text, min_order_quantity double precision, unit text,
           lead_time_days integer, certifications text[], delivery_regions text[], status text, valid_until timestamptz,
           published_at timestamptz, created_at timestamptz)
       ), ins AS (
         INSERT INTO offerings (organization_id, kind, title, description, category_code, keywords, price_min, price_max, currency,
           min_order_quantity, unit, lead_time_days, certifications, delivery_regions, status, valid_until, published_at, created_at, updated_at)
         SELECT organization_id, kind, title, description, category_code, keywords, price_min, price_max, currency, min_order_quantity, unit,
           lead_time_days, certifications, delivery_regions, status, valid_until, published_at, created_at, created_at FROM r
         RETURNING id
       )
       INSERT INTO search_outbox (entity, entity_id, event) SELECT 'offering', id, 'catalog.offering.created' FROM ins`,
      [JSON.stringify(rows)],
    );
    inserted += rows.length;
    onChunk?.(rows.length);
  }
  return inserted;
}

/** Inserts needs of known organizations (by `orgKey`) with one outbox row each; returns the count. */
export async function insertNeeds(
  manager: EntityManager,
  needs: readonly DemoNeed[],
  orgIdOf: (orgKey: string) => string | undefined,
  now = Date.now(),
  onChunk?: (rows: number) => void,
): Promise<number> {
  let inserted = 0;
  const stepMs = Math.max(1000, Math.floor((90 * 86_400_000) / Math.max(1, needs.length)));
  for (const [c, chunk] of chunks(needs, BULK_CHUNK).entries()) {
    const rows = [];
    for (const [j, n] of chunk.entries()) {
      const organizationId = orgIdOf(n.orgKey);
      if (!organizationId) continue;
      const createdAt = createdAtOf(now, c * BULK_CHUNK + j, needs.length, stepMs);
      rows.push({
        organization_id: organizationId,
        title: n.title,
        description: n.description,
        category_code: n.categoryCode,
        keywords: n.keywords,
        quantity: n.quantity ?? null,
        unit: n.unit ?? null,
        budget_min: n.budget?.min ?? null,
        budget_max: n.budget?.max ?? null,
        budget_currency: n.budget?.currency ?? null,
        needed_by: n.neededBy ?? null,
        delivery_region: n.deliveryRegion,
        required_certifications: n.requiredCertifications,
        status: n.status,
        opened_at: n.status === 'DRAFT' ? null : createdAt,
        created_at: createdAt,
      });
    }
    if (rows.length === 0) continue;
    await manager.query(
      `WITH r AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(organization_id uuid, title text, description text, category_code text,
           keywords text[], quantity double precision, unit text, budget_min numeric, budget_max numeric, budget_currency text,
           needed_by timestamptz, delivery_region text, required_certifications text[], status text, opened_at timestamptz,
           created_at timestamptz)
       ), ins AS (
         INSERT INTO needs (organization_id, title, description, category_code, keywords, quantity, unit, budget_min, budget_max,
           budget_currency, needed_by, delivery_region, required_certifications, status, opened_at, created_at, updated_at)
         SELECT organization_id, title, description, category_code, keywords, quantity, unit, budget_min, budget_max, budget_currency,
           needed_by, delivery_region, required_certifications, status, opened_at, created_at, created_at FROM r
         RETURNING id
       )
       INSERT INTO search_outbox (entity, entity_id, event) SELECT 'need', id, 'catalog.need.created' FROM ins`,
      [JSON.stringify(rows)],
    );
    inserted += rows.length;
    onChunk?.(rows.length);
  }
  return inserted;
}
