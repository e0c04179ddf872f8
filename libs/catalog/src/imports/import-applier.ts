import { Injectable } from '@nestjs/common';
import { TransactionHost, type RequestUser } from '@tradebridge/core';
import { CatalogImport, CatalogImportRow, ImportRowAction, ImportStatus } from './catalog-import.entity.js';
import { ImportAlreadyApplied } from './import.errors.js';
import type { KindName } from './import-columns.js';
import { ImportListings } from './import-listings.js';
import { ImportService } from './import.service.js';
import { ImportWriter, type PlannedWrite } from './import-writer.js';

/** Rows written per transaction. */
export const APPLY_BATCH = 500;

/**
 * Applies a preview: its valid rows in batches of APPLY_BATCH, each batch one transaction with its
 * outbox rows. Each row is checked and planned again against the listings as they are now (locked), so
 * a rule or a listing that changed since the preview is respected; a row that fails now is recorded as
 * rejected with its reason. The import then records who applied it, when and what was written; only its
 * rejected rows are kept.
 */
@Injectable()
export class ImportApplier {
  constructor(
    private readonly tx: TransactionHost,
    private readonly imports: ImportService,
    private readonly listings: ImportListings,
    private readonly writer: ImportWriter,
  ) {}

  async apply(caller: RequestUser, id: string): Promise<CatalogImport> {
    const record = await this.imports.requireOwn(caller, id);
    // Claimed once: a second apply (or a double click) meets CONFLICT instead of writing twice.
    const claimed = await this.tx.rows(`UPDATE catalog_imports SET status = 'APPLYING' WHERE id = $1 AND status = 'PREVIEW' RETURNING id`, [record.id]);
    if (!claimed.length) throw new ImportAlreadyApplied(record.status, caller.locale);
    const kind = record.kind as KindName;
    const { rules } = this.listings.kindOf(kind);
    const totals = { created: 0, updated: 0, unchanged: 0, rejected: record.rejected };
    try {
      for (let after = 0; ; ) {
        const batch = await this.tx.repo(CatalogImportRow).createQueryBuilder('r')
          .where('r.import_id = :id AND r.line > :after AND r.action <> :error', { id: record.id, after, error: ImportRowAction.ERROR })
          .orderBy('r.line', 'ASC').take(APPLY_BATCH).getMany();
        if (!batch.length) break;
        after = batch.at(-1)!.line;
        await this.tx.run(async () => {
          const stored = await this.listings.stored(kind, record.organizationId, batch.map((r) => r.row!.id), batch.map((r) => r.row!.externalRef), true);
          const writes: PlannedWrite[] = [];
          for (const row of batch) {
            const outcome = await this.listings.outcome(caller, kind, { ...row.row!, line: row.line }, [], stored);
            if ('errors' in outcome) {
              totals.rejected++;
              await this.tx.repo(CatalogImportRow).update({ importId: record.id, line: row.line }, { action: ImportRowAction.ERROR, errors: outcome.errors, row: null });
            } else if (outcome.plan.action === 'UNCHANGED') totals.unchanged++;
            else writes.push({ plan: outcome.plan, fields: outcome.fields, externalRef: row.row!.externalRef, existing: outcome.existing });
          }
          const written = await this.writer.write(rules, record.organizationId, writes);
          totals.created += written.created;
          totals.updated += written.updated;
        });
      }
    } catch (error) {
      await this.finish(record.id, caller, ImportStatus.FAILED, totals);
      throw error;
    }
    return this.finish(record.id, caller, ImportStatus.APPLIED, totals);
  }

  private async finish(id: string, caller: RequestUser, status: ImportStatus, totals: { created: number; updated: number; unchanged: number; rejected: number }): Promise<CatalogImport> {
    return this.tx.run(async () => {
      await this.tx.repo(CatalogImport).update({ id }, { status, appliedById: caller.id, appliedAt: new Date(), ...totals });
      // An applied import keeps its rejected rows (what is left to fix); a failed one all (nothing is lost for a look).
      if (status === ImportStatus.APPLIED) await this.tx.rows(`DELETE FROM catalog_import_rows WHERE import_id = $1 AND action <> 'ERROR'`, [id]);
      return this.tx.repo(CatalogImport).findOneByOrFail({ id });
    });
  }
}
