import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { chunks, TransactionHost } from '@tradebridge/core';
import { PasswordService } from '../auth/password.service.js';

// Bulk INSERTs of organizations with their sectors, users and memberships, for loading demo and
// benchmark data: one jsonb parameter per chunk of 1000 rows (jsonb_to_recordset), each organization with
// its search outbox row in the same statement. Row by row through the services would take minutes for
// the benchmark's 2,000 organizations; the rules that matter here (a valid tax id, a unique e-mail) are the
// data generator's and the database's.

const CHUNK = 1000;

export interface BulkUser {
  email: string;
  password: string;
  displayName: string;
  position?: string;
  phone?: string;
  locale: 'RU' | 'EN';
  role: 'OWNER' | 'MEMBER';
}

export interface BulkOrganization {
  /** The caller's key for the organization: the result maps it to the new row's id. */
  key: string;
  name: string;
  country: 'BY' | 'RU';
  /** A region code of the country (ISO 3166-2: "BY-HM", "BY-MI", "RU-VLA"; data/reference/regions.json), stored as given: `npm run search:check` lists anything else. */
  region: string;
  city?: string;
  /** UNP (BY, 9 digits) or INN (RU, 10 digits) with a valid check digit. */
  taxId: string;
  sectorCodes: string[];
  website?: string;
  description?: string;
  verified: boolean;
  /** ISO 8601. */
  createdAt: string;
  /** The first user becomes the OWNER. */
  users: BulkUser[];
}

/**
 * Identity's bulk-write API (demo and benchmark data). Runs inside the caller's transaction
 * (`TransactionHost.run`), so organizations and the listings written after them commit together.
 * @example const { byKey } = await tx.run(() => writer.insert(organizations));
 */
@Injectable()
export class OrganizationBulkWriter {
  constructor(
    private readonly tx: TransactionHost,
    private readonly passwords: PasswordService,
  ) {}

  /** Ids of the organizations among `organizations` that already exist (same country and tax id), by key. */
  async existingIds(organizations: ReadonlyArray<Pick<BulkOrganization, 'key' | 'country' | 'taxId'>>): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (organizations.length === 0) return found;
    const rows: Array<{ id: string; key: string }> = await this.tx.manager.query(
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

  /**
   * Inserts organizations with their sectors, users (one password hash per distinct password: argon2id
   * through PasswordService, ~50 ms each; their e-mail addresses, fictional, count as verified) and
   * memberships, plus an outbox row per organization. Users whose e-mail is taken are skipped. Returns the new organizations' ids by key and the users written.
   */
  async insert(organizations: readonly BulkOrganization[]): Promise<{ byKey: Map<string, string>; users: number }> {
    if (!this.tx.inTransaction) throw new Error('OrganizationBulkWriter.insert must run inside TransactionHost.run');
    const manager = this.tx.manager;
    const hashes = new Map<string, string>();
    for (const password of new Set(organizations.flatMap((o) => o.users.map((u) => u.password)))) {
      hashes.set(password, await this.passwords.hash(password));
    }
    const byKey = new Map<string, string>();
    const orgRows = organizations.map((org) => {
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
        created_at: org.createdAt,
      };
    });
    for (const chunk of chunks(orgRows, CHUNK)) {
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
    for (const chunk of chunks(sectorRows, CHUNK)) {
      await manager.query(
        `INSERT INTO organization_sectors (organization_id, category_code, position)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(organization_id uuid, category_code text, position integer)`,
        [JSON.stringify(chunk)],
      );
    }
    const users = organizations.flatMap((org) =>
      org.users.map((user, i) => ({ user, organizationId: byKey.get(org.key)!, role: i === 0 ? 'OWNER' : user.role })),
    );
    const taken = await this.takenEmails(users.map((u) => u.user.email));
    const userRows = users
      .filter((u) => !taken.has(u.user.email.toLowerCase()))
      .map(({ user, organizationId, role }) => ({
        id: randomUUID(),
        email: user.email.toLowerCase(),
        password_hash: hashes.get(user.password)!,
        display_name: user.displayName,
        position: user.position ?? null,
        phone: user.phone ?? null,
        locale: user.locale,
        organization_id: organizationId,
        role,
      }));
    for (const chunk of chunks(userRows, CHUNK)) {
      await manager.query(
        `WITH r AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, email text, password_hash text, display_name text, position text,
             phone text, locale text, organization_id uuid, role text)
         ), u AS (
           INSERT INTO users (id, email, password_hash, display_name, position, phone, locale, email_verified_at)
           SELECT id, email, password_hash, display_name, position, phone, locale, now() FROM r
         )
         INSERT INTO memberships (user_id, organization_id, role) SELECT id, organization_id, role FROM r`,
        [JSON.stringify(chunk)],
      );
    }
    return { byKey, users: userRows.length };
  }

  /** Marks these users' e-mail addresses verified (generated users seeded before verification existed). */
  async markEmailsVerified(emails: readonly string[]): Promise<void> {
    if (emails.length === 0) return;
    await this.tx.manager.query(`UPDATE users SET email_verified_at = now() WHERE email_verified_at IS NULL AND lower(email) = ANY($1::text[])`, [
      emails.map((e) => e.toLowerCase()),
    ]);
  }

  private async takenEmails(emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows: Array<{ email: string }> = await this.tx.manager.query(
      `SELECT lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[])`,
      [emails.map((e) => e.toLowerCase())],
    );
    return new Set(rows.map((r) => r.email));
  }
}
