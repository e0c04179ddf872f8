import { Injectable } from '@nestjs/common';
import { chunks, hasForbiddenCharacters, decodeCursor, encodeCursor, checkPageSize, isUuid, paginate, TransactionHost, type ConnectionPage, type PageArgs, type RequestUser } from '@tradebridge/core';
import { CatalogImport, CatalogImportRow, ImportKind, ImportRowAction, ImportStatus, type StoredRow } from './catalog-import.entity.js';
import { ImportFileRefused, ImportNotFound, NoImportOrganization, NotImportOwner } from './import.errors.js';
import { duplicateKeys } from './import-plan.js';
import { parseImportFile } from './import-file.js';
import { ImportListings } from './import-listings.js';
import { FileRefused } from './sheet-reader.js';

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

const ROW_CHUNK = 500;
/** A preview nobody applied is deleted after a day (its rows with it). */
const PREVIEW_TTL = '1 day';

/**
 * Imports of a spreadsheet into the caller's organization's offerings or needs: the preview (nothing is
 * written to the listings: the rows and what applying each would do are kept in catalog_import_rows, so
 * applying needs no second upload and applies what was shown), and the organization's imports.
 * Applying: ImportApplier.
 */
@Injectable()
export class ImportService {
  /** Previews run one at a time per process: reading a large XLSX takes up to ~100 MB of heap. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly tx: TransactionHost,
    private readonly listings: ImportListings,
  ) {}

  /** Reads, checks and plans every row; stores the preview. Refuses a file that is not an importable spreadsheet. */
  preview(caller: RequestUser, file: UploadedFile, declared: ImportKind | null): Promise<CatalogImport> {
    const run = this.queue.then(() => this.previewNow(caller, file, declared));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async previewNow(caller: RequestUser, file: UploadedFile, declared: ImportKind | null): Promise<CatalogImport> {
    const organizationId = caller.organizationId;
    if (!organizationId) throw new NoImportOrganization(caller.locale);
    let parsed;
    try {
      parsed = await parseImportFile(file.bytes, declared, await this.listings.categories());
    } catch (error) {
      if (error instanceof FileRefused) throw new ImportFileRefused(error, caller.locale);
      throw error;
    }
    const { drafts, kind } = parsed;
    const duplicates = duplicateKeys(drafts);
    const stored = await this.listings.stored(kind, organizationId, drafts.map((d) => d.id), drafts.map((d) => d.externalRef));
    const rows: CatalogImportRow[] = [];
    const counts = { CREATE: 0, UPDATE: 0, UNCHANGED: 0, ERROR: 0 };
    for (const draft of drafts) {
      const keyed: StoredRow & { line: number } = { line: draft.line, id: draft.id, externalRef: draft.externalRef, status: draft.status, input: draft.input };
      const duplicate = duplicates.get(draft.line);
      const outcome = await this.listings.outcome(caller, kind, { ...keyed, categoryColumn: draft.categoryColumn }, duplicate ? [...draft.errors, duplicate] : draft.errors, stored);
      const action = 'errors' in outcome ? ImportRowAction.ERROR : (outcome.plan.action as ImportRowAction);
      counts[action]++;
      rows.push({
        importId: '',
        line: draft.line,
        action,
        listingId: 'plan' in outcome ? outcome.plan.listingId : null,
        cells: draft.cells,
        errors: 'errors' in outcome ? outcome.errors : [],
        // What applying needs; the category as resolved, so applying does not read the file's cells again.
        row: 'errors' in outcome ? null : { ...keyed, categoryColumn: draft.categoryColumn },
      });
    }
    return this.tx.run(async () => {
      await this.tx.rows(`DELETE FROM catalog_imports WHERE status = 'PREVIEW' AND created_at < now() - interval '${PREVIEW_TTL}'`);
      const record = this.tx.repo(CatalogImport).create({
        organizationId,
        kind: kind as ImportKind,
        status: ImportStatus.PREVIEW,
        fileName: cleanFileName(file.name),
        format: parsed.format as CatalogImport['format'],
        createdById: caller.id,
        totalRows: drafts.length,
        toCreate: counts.CREATE,
        toUpdate: counts.UPDATE,
        unchanged: counts.UNCHANGED,
        rejected: counts.ERROR,
        columns: parsed.columns,
        warnings: parsed.warnings,
      });
      await this.tx.repo(CatalogImport).insert(record);
      for (const chunk of chunks(rows, ROW_CHUNK)) {
        await this.tx.repo(CatalogImportRow).insert(chunk.map((row) => ({ ...row, importId: record.id })) as never);
      }
      return record;
    });
  }

  /** The import if the caller's organization made it (null otherwise: others' imports are not theirs to see). */
  async findVisible(caller: RequestUser, id: string): Promise<CatalogImport | null> {
    if (!isUuid(id) || !caller.organizationId) return null;
    return this.tx.repo(CatalogImport).findOneBy({ id, organizationId: caller.organizationId });
  }

  /** The import for applying: NOT_FOUND, then FORBIDDEN for anyone outside its organization. */
  async requireOwn(caller: RequestUser, id: string): Promise<CatalogImport> {
    const record = isUuid(id) ? await this.tx.repo(CatalogImport).findOneBy({ id }) : null;
    if (!record) throw new ImportNotFound(id, caller.locale);
    if (record.organizationId !== caller.organizationId) throw new NotImportOwner(caller.locale);
    return record;
  }

  /** The caller's organization's imports, newest first. */
  list(caller: RequestUser, args: PageArgs): Promise<ConnectionPage<CatalogImport>> {
    if (!caller.organizationId) throw new NoImportOrganization(caller.locale);
    const query = this.tx.repo(CatalogImport).createQueryBuilder('i').where('i.organization_id = :org', { org: caller.organizationId });
    return paginate(query, args);
  }

  /** A page of an import's rows in line order, optionally of one action. */
  async rows(record: CatalogImport, args: PageArgs & { action?: ImportRowAction | null }): Promise<ConnectionPage<CatalogImportRow>> {
    const first = checkPageSize(args.first ?? 20);
    const query = this.tx.repo(CatalogImportRow).createQueryBuilder('r').where('r.import_id = :id', { id: record.id });
    if (args.action) query.andWhere('r.action = :action', { action: args.action });
    const page = query.clone();
    if (args.after) page.andWhere('r.line > :line', { line: lineOfCursor(args.after) });
    const found = await page.orderBy('r.line', 'ASC').take(first + 1).getMany();
    const edges = found.slice(0, first).map((node) => ({ node, cursor: encodeCursor(lineCursorId(node.line)) }));
    return {
      edges,
      pageInfo: { hasNextPage: found.length > first, hasPreviousPage: Boolean(args.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: () => query.getCount(),
    };
  }
}

// Row cursors reuse the opaque cursor format, with the line number in a uuid's shape.
function lineCursorId(line: number): string {
  return `00000000-0000-4000-8000-${String(line).padStart(12, '0')}`;
}

function lineOfCursor(cursor: string): number {
  return Number(decodeCursor(cursor).slice(-12));
}

/** The file's own name without a path, control characters or excess length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base].filter((c) => !hasForbiddenCharacters(c, true)).join('').trim().slice(0, 200);
  return clean || 'upload';
}
