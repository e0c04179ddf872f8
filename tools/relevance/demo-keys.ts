// Demo listings carry stable keys ("off-belaz-001") in the generator, not in the database: rows are
// matched back to keys by organization (country + tax id), title and description, which are unique.
import { generateDemoCatalog } from '@tradebridge/demo';
import type pg from 'pg';

export interface DemoKeys {
  keyOf: Map<string, string>;
  idOf: Map<string, string>;
  /** Offering keys that are public (published, not expired): the only ones search can return. */
  publicOfferings: Set<string>;
  /** Organization id of each need key (to sign in as its member). */
  needOrganization: Map<string, string>;
}

export async function mapDemoKeys(pool: pg.Pool): Promise<DemoKeys> {
  const catalog = generateDemoCatalog();
  const org = new Map(catalog.organizations.map((o) => [o.key, `${o.country}:${o.taxId}`]));
  const sig = (orgSig: string, title: string, description: string) => `${orgSig}\u0000${title}\u0000${description}`;
  const bySignature = new Map<string, string>();
  for (const o of catalog.offerings) bySignature.set(`o\u0000${sig(org.get(o.orgKey)!, o.title, o.description)}`, o.key);
  for (const n of catalog.needs) bySignature.set(`n\u0000${sig(org.get(n.orgKey)!, n.title, n.description)}`, n.key);

  const { rows } = await pool.query<{ kind: string; id: string; org_sig: string; organization_id: string; title: string; description: string; public: boolean }>(
    `SELECT 'o' AS kind, o.id, g.country || ':' || g.tax_id AS org_sig, o.organization_id, o.title, o.description,
            (o.status = 'PUBLISHED' AND (o.valid_until IS NULL OR o.valid_until > now())) AS public
       FROM offerings o JOIN organizations g ON g.id = o.organization_id
     UNION ALL
     SELECT 'n', n.id, g.country || ':' || g.tax_id, n.organization_id, n.title, n.description, n.status = 'OPEN'
       FROM needs n JOIN organizations g ON g.id = n.organization_id`,
  );
  const keys: DemoKeys = { keyOf: new Map(), idOf: new Map(), publicOfferings: new Set(), needOrganization: new Map() };
  for (const row of rows) {
    const key = bySignature.get(`${row.kind}\u0000${sig(row.org_sig, row.title, row.description)}`);
    if (!key) continue;
    keys.keyOf.set(row.id, key);
    keys.idOf.set(key, row.id);
    if (row.kind === 'o' && row.public) keys.publicOfferings.add(key);
    if (row.kind === 'n') keys.needOrganization.set(key, row.organization_id);
  }
  const expected = catalog.offerings.length + catalog.needs.length;
  if (keys.idOf.size !== expected) throw new Error(`matched ${keys.idOf.size} of ${expected} demo listings to rows`);
  return keys;
}
