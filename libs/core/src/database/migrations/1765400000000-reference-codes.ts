import type { MigrationInterface, QueryRunner } from 'typeorm';
import { canonicalMark } from '../../reference/name-key.js';
import type { NameIndex } from '../../reference/name-index.js';
import { nameIndexOf, readReferenceFile } from '../../reference/reference-file.js';

/** A column whose free text becomes reference codes. */
interface MappedColumn {
  table: 'organizations' | 'offerings' | 'needs';
  column: string;
  list: boolean;
  /** The code (or canonical form) of a stored value; null when no entry knows it (the value is kept). */
  map(value: string): string | null;
}

/** Row ids a migration step changed, by table. */
type Changed = Record<MappedColumn['table'], Set<string>>;

const SAMPLE = 10;

/**
 * Regions, units and certifications become reference codes (data/reference/*.json): organizations'
 * regions and listings' delivery regions ISO 3166-2 codes ("Владимирская обл.", "Vladimir region",
 * "г. Владимир" -> "RU-VLA"), units OKEI codes ("шт.", "pcs" -> "796"), certifications known codes or
 * a canonical form ("ЕАС" -> "EAC", "Halal-ICCI" -> "HALAL ICCI"); repeats in lists merge. A value no
 * entry knows is kept as written and logged (table, column, value, rows, ids), never dropped: `npm run
 * search:check` lists such rows too. The public listings whose search documents change get a search
 * outbox row. The columns keep their names and types; `down` leaves the codes (the old spellings are gone).
 */
export class ReferenceCodes1765400000000 implements MigrationInterface {
  name = 'ReferenceCodes1765400000000';

  async up(q: QueryRunner): Promise<void> {
    const index = (table: string): NameIndex => nameIndexOf(readReferenceFile(table));
    const [regions, units, certifications] = [index('regions'), index('units'), index('certifications')];
    const certification = (value: string) => certifications.find(value) ?? (canonicalMark(value) || null);
    const columns: MappedColumn[] = [
      { table: 'organizations', column: 'region', list: false, map: (v) => regions.find(v) },
      { table: 'offerings', column: 'delivery_regions', list: true, map: (v) => regions.find(v) },
      { table: 'needs', column: 'delivery_region', list: false, map: (v) => regions.find(v) },
      { table: 'offerings', column: 'unit', list: false, map: (v) => units.find(v) },
      { table: 'needs', column: 'unit', list: false, map: (v) => units.find(v) },
      { table: 'offerings', column: 'certifications', list: true, map: certification },
      { table: 'needs', column: 'required_certifications', list: true, map: certification },
    ];
    const changed: Changed = { organizations: new Set(), offerings: new Set(), needs: new Set() };
    for (const column of columns) await this.mapColumn(q, column, changed);
    await this.resync(q, changed);
  }

  async down(): Promise<void> {
    // The codes stay: the spellings they replaced are not kept, and codes are valid free text.
  }

  private async mapColumn(q: QueryRunner, c: MappedColumn, changed: Changed): Promise<void> {
    const value = c.list ? `unnest(${c.column})` : c.column;
    const rows: Array<{ value: string; rows: number; ids: string[] }> = await q.query(
      `SELECT value, count(*)::int AS rows, (array_agg(id::text ORDER BY id))[1:${SAMPLE}] AS ids
         FROM (SELECT id, ${value} AS value FROM ${c.table}) v WHERE value IS NOT NULL GROUP BY value`,
    );
    const mapping: Array<{ value: string; code: string }> = [];
    for (const row of rows) {
      const code = c.map(row.value);
      if (code === null) {
        q.connection.logger.log('warn', { msg: 'reference codes: value kept as written (no entry knows it)', table: c.table, column: c.column, value: row.value, rows: row.rows, ids: row.ids });
      } else if (code !== row.value) mapping.push({ value: row.value, code });
    }
    // A list holding two spellings of one code keeps it once (the first), so lists are rewritten even
    // when only repeats would go.
    if (mapping.length === 0 && !c.list) return;
    const ids: Array<{ id: string }> = c.list
      ? await q.query(
          `UPDATE ${c.table} t SET ${c.column} = ARRAY(
             SELECT v FROM (SELECT coalesce(m.code, u.v) AS v, min(u.i) AS i
                              FROM unnest(t.${c.column}) WITH ORDINALITY u(v, i)
                              LEFT JOIN jsonb_to_recordset($1::jsonb) m(value text, code text) ON m.value = u.v
                             GROUP BY 1) x ORDER BY i)
           WHERE t.${c.column} && $2::text[] OR cardinality(t.${c.column}) > (SELECT count(DISTINCT e) FROM unnest(t.${c.column}) e)
           RETURNING t.id`,
          [JSON.stringify(mapping), mapping.map((m) => m.value)],
        )
      : await q.query(
          `UPDATE ${c.table} t SET ${c.column} = m.code FROM jsonb_to_recordset($1::jsonb) m(value text, code text)
           WHERE t.${c.column} = m.value RETURNING t.id`,
          [JSON.stringify(mapping)],
        );
    // RETURNING of an UPDATE through the query runner comes back as [rows, count].
    const list = Array.isArray(ids[0]) ? (ids[0] as unknown as Array<{ id: string }>) : ids;
    for (const { id } of list) changed[c.table].add(id);
    if (list.length) q.connection.logger.log('info', { msg: 'reference codes: rows mapped', table: c.table, column: c.column, rows: list.length });
  }

  /** Public listings whose documents change (their own values or their organization's region) are synced again. */
  private async resync(q: QueryRunner, changed: Changed): Promise<void> {
    const organizations = [...changed.organizations];
    for (const [entity, table, status] of [['offering', 'offerings', 'PUBLISHED'], ['need', 'needs', 'OPEN']] as const) {
      await q.query(
        `INSERT INTO search_outbox (entity, entity_id, event)
         SELECT $1, id, 'reference.codes.mapped' FROM ${table}
          WHERE status = $2 AND (id = ANY($3::uuid[]) OR organization_id = ANY($4::uuid[]))`,
        [entity, status, [...changed[table]], organizations],
      );
    }
  }
}
