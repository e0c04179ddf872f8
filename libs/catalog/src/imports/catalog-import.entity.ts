import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum ImportKind {
  OFFERING = 'OFFERING',
  NEED = 'NEED',
}
export enum ImportStatus {
  PREVIEW = 'PREVIEW',
  APPLYING = 'APPLYING',
  APPLIED = 'APPLIED',
  FAILED = 'FAILED',
}
export enum ImportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
export enum ImportRowAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}

registerEnumType(ImportKind, { name: 'ImportKind', description: 'What a file imports: offerings or needs (one kind per file)' });
registerEnumType(ImportStatus, { name: 'ImportStatus', description: 'PREVIEW (nothing written yet) -> APPLYING -> APPLIED, or FAILED' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });
registerEnumType(ImportRowAction, { name: 'ImportRowAction', description: 'What applying the row does' });

/** A bilingual text as stored (the reader's language is picked when it is read). */
export interface StoredText {
  ru: string;
  en: string;
}

export interface StoredColumn {
  header: string;
  field: string | null;
}

/**
 * One upload of a spreadsheet into an organization's offerings or needs: its preview (counts, columns,
 * warnings; the rows in catalog_import_rows) and, once applied, who applied it and what was written.
 */
@Entity('catalog_imports')
@ObjectType('CatalogImport', { description: 'A spreadsheet uploaded into the organization\'s offerings or needs: its preview, then what applying it wrote' })
export class CatalogImport {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'text' }) @Field(() => ImportKind) kind: ImportKind;
  @Column({ type: 'text' }) @Field(() => ImportStatus) status: ImportStatus;
  @Column({ name: 'file_name', type: 'text' }) @Field() fileName: string;
  @Column({ type: 'text' }) @Field(() => ImportFormat) format: ImportFormat;
  @Column({ name: 'created_by', type: 'uuid' }) createdById: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field() createdAt: Date;
  @Column({ name: 'applied_by', type: 'uuid', nullable: true }) appliedById: string | null;
  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true }) @Field(() => Date, { nullable: true }) appliedAt: Date | null;
  @Column({ name: 'total_rows', type: 'integer' }) @Field(() => Int, { description: 'data rows read' }) totalRows: number;
  @Column({ name: 'to_create', type: 'integer' }) @Field(() => Int, { description: 'preview: rows that would create a listing' }) toCreate: number;
  @Column({ name: 'to_update', type: 'integer' }) @Field(() => Int, { description: 'preview: rows that would update one' }) toUpdate: number;
  @Column({ type: 'integer' }) @Field(() => Int, { description: 'rows equal to their listing (nothing written)' }) unchanged: number;
  @Column({ type: 'integer' }) @Field(() => Int, { description: 'rows with errors (never written)' }) rejected: number;
  @Column({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true, description: 'once applied: listings created' }) created: number | null;
  @Column({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true, description: 'once applied: listings updated' }) updated: number | null;
  @Column({ type: 'jsonb' }) columns: StoredColumn[];
  @Column({ type: 'jsonb' }) warnings: StoredText[];
}

/** A row of an import's preview. `row` is what applying it needs (the input, reference, id, status). */
@Entity('catalog_import_rows')
export class CatalogImportRow {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' }) importId: string;
  @PrimaryColumn({ type: 'integer' }) line: number;
  @Column({ type: 'text' }) action: ImportRowAction;
  @Column({ name: 'listing_id', type: 'uuid', nullable: true }) listingId: string | null;
  @Column({ type: 'jsonb' }) cells: Array<string | null>;
  @Column({ type: 'jsonb' }) errors: Array<{ column: string | null; message: StoredText }>;
  @Column({ type: 'jsonb', nullable: true }) row: StoredRow | null;
}

export interface StoredRow {
  id: string | null;
  externalRef: string | null;
  status: string | null;
  input: Record<string, unknown>;
  /** Which column gave the category (where its errors are reported). */
  categoryColumn?: 'hsCode' | 'category';
}
