import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk import of offerings and needs from spreadsheets: the organization's own reference per listing
 * (unique per organization and kind among those that have one: re-importing a reference updates that
 * listing), the recorded imports (who, when, file, counts) and the rows of an import's preview, kept
 * until it is applied or a day old so applying needs no second upload.
 */
export class CatalogImports1765500000000 implements MigrationInterface {
  name = 'CatalogImports1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE offerings ADD COLUMN external_ref text CHECK (length(external_ref) BETWEEN 1 AND 100);
      ALTER TABLE needs ADD COLUMN external_ref text CHECK (length(external_ref) BETWEEN 1 AND 100);
      CREATE UNIQUE INDEX offerings_external_ref_key ON offerings (organization_id, external_ref) WHERE external_ref IS NOT NULL;
      CREATE UNIQUE INDEX needs_external_ref_key ON needs (organization_id, external_ref) WHERE external_ref IS NOT NULL;

      CREATE TABLE catalog_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL CHECK (kind IN ('OFFERING', 'NEED')),
        status text NOT NULL CHECK (status IN ('PREVIEW', 'APPLYING', 'APPLIED', 'FAILED')),
        file_name text NOT NULL,
        format text NOT NULL CHECK (format IN ('XLSX', 'CSV')),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        applied_by uuid REFERENCES users(id),
        applied_at timestamptz,
        total_rows integer NOT NULL,
        to_create integer NOT NULL,
        to_update integer NOT NULL,
        unchanged integer NOT NULL,
        rejected integer NOT NULL,
        created integer,
        updated integer,
        columns jsonb NOT NULL,
        warnings jsonb NOT NULL
      );
      CREATE INDEX catalog_imports_organization_idx ON catalog_imports (organization_id, created_at DESC, id DESC);

      CREATE TABLE catalog_import_rows (
        import_id uuid NOT NULL REFERENCES catalog_imports(id) ON DELETE CASCADE,
        line integer NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'UNCHANGED', 'ERROR')),
        listing_id uuid,
        cells jsonb NOT NULL,
        errors jsonb NOT NULL,
        row jsonb,
        PRIMARY KEY (import_id, line)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE catalog_import_rows, catalog_imports;
      DROP INDEX offerings_external_ref_key, needs_external_ref_key;
      ALTER TABLE offerings DROP COLUMN external_ref;
      ALTER TABLE needs DROP COLUMN external_ref;
    `);
  }
}
