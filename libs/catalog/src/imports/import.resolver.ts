import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, Authenticated, Ctx, CurrentUser, localeOf, PageArgs, type AppConfig, type ConnectionPage, type RequestContext, type RequestUser } from '@tradebridge/core';
import { Locale, User, UserLoaders, type UserEntity } from '@tradebridge/identity';
import { CatalogImport, ImportFormat, ImportKind, type CatalogImportRow } from './catalog-import.entity.js';
import { DownloadLinks } from './download-links.js';
import { ImportArgumentInvalid, NoImportOrganization } from './import.errors.js';
import { ImportApplier } from './import-applier.js';
import { ImportService } from './import.service.js';
import { CatalogImportConnection, ImportColumn, ImportRow, ImportRowConnection, ImportRowsArgs } from './import.types.js';
import { exportPath, templatePath } from './import-paths.js';
import { STATUS_NAMES } from './import-rows.js';

/**
 * The GraphQL side of imports: the preview and the organization's imports, applying a preview, and the
 * links of the downloads (templates, exports). The upload itself is REST (ImportController: multipart).
 */
@Resolver(() => CatalogImport)
export class CatalogImportResolver {
  private readonly links: DownloadLinks;

  constructor(
    private readonly imports: ImportService,
    private readonly applier: ImportApplier,
    private readonly users: UserLoaders,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.links = new DownloadLinks(config.jwtSecret);
  }

  @Authenticated()
  @Query(() => CatalogImport, { nullable: true, description: "An import of the caller's organization (null for others' and unknown ids)" })
  catalogImport(@CurrentUser() caller: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<CatalogImport | null> {
    return this.imports.findVisible(caller, id);
  }

  @Authenticated()
  @Query(() => CatalogImportConnection, { description: "The caller's organization's imports, newest first" })
  catalogImports(@CurrentUser() caller: RequestUser, @Args() args: PageArgs): Promise<ConnectionPage<CatalogImport>> {
    return this.imports.list(caller, args);
  }

  @Authenticated()
  @Mutation(() => CatalogImport, { description: 'Writes the valid rows of a preview (one transaction per 500 rows); CONFLICT when already applied' })
  applyCatalogImport(@CurrentUser() caller: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<CatalogImport> {
    return this.applier.apply(caller, id);
  }

  @Query(() => String, { description: 'Where the XLSX template of a kind downloads (a path on this API; anyone may download it)' })
  catalogTemplateUrl(
    @Args('kind', { type: () => ImportKind }) kind: ImportKind,
    @Args('language', { type: () => Locale, nullable: true }) language: Locale | null,
    @Ctx() ctx: RequestContext,
  ): string {
    return templatePath(kind, language ?? localeOf(ctx));
  }

  @Authenticated()
  @Query(() => String, { description: "A link (a path on this API, valid 10 minutes, no header needed) that downloads the caller's organization's offerings or needs" })
  catalogExportUrl(
    @CurrentUser() caller: RequestUser,
    @Args('kind', { type: () => ImportKind }) kind: ImportKind,
    @Args('format', { type: () => ImportFormat, nullable: true, defaultValue: ImportFormat.XLSX }) format: ImportFormat,
    @Args('language', { type: () => Locale, nullable: true }) language: Locale | null,
    @Args('status', { type: () => String, nullable: true, description: 'only listings of this status' }) status: string | null,
  ): string {
    if (!caller.organizationId) throw new NoImportOrganization(caller.locale);
    // An argument left out arrives as undefined.
    if (status != null && !(status in STATUS_NAMES[kind])) {
      throw new ImportArgumentInvalid('status', { ru: `нет такого статуса: ${status}`, en: `no such status: ${status}` }, caller.locale);
    }
    const token = this.links.sign({ userId: caller.id, organizationId: caller.organizationId, kind });
    return exportPath(kind, format ?? ImportFormat.XLSX, language ?? caller.locale, { token, status });
  }

  @ResolveField('columns', () => [ImportColumn])
  columns(@Parent() record: CatalogImport): ImportColumn[] {
    return record.columns;
  }

  @ResolveField('warnings', () => [String], { description: "In the caller's language: unknown columns, skipped sheets, the template's example row" })
  warnings(@Parent() record: CatalogImport, @Ctx() ctx: RequestContext): string[] {
    const locale = localeOf(ctx);
    return record.warnings.map((w) => (locale === 'EN' ? w.en : w.ru));
  }

  @ResolveField('rows', () => ImportRowConnection, { description: 'The rows in line order: all while a preview, the rejected ones once applied' })
  async rows(@Parent() record: CatalogImport, @Args() args: ImportRowsArgs, @Ctx() ctx: RequestContext): Promise<ConnectionPage<ImportRow>> {
    const page = await this.imports.rows(record, args);
    const locale = localeOf(ctx);
    const toRow = (row: CatalogImportRow): ImportRow => ({
      line: row.line,
      action: row.action,
      listingId: row.listingId,
      cells: row.cells,
      errors: row.errors.map((e) => {
        const index = e.column === null ? -1 : record.columns.findIndex((c) => c.field === e.column);
        return { field: e.column, column: index >= 0 ? index : null, message: locale === 'EN' ? e.message.en : e.message.ru };
      }),
    });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toRow(edge.node) })) };
  }

  @ResolveField('createdBy', () => User, { nullable: true })
  createdBy(@Parent() record: CatalogImport, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return this.users.byId(ctx).load(record.createdById);
  }

  @ResolveField('appliedBy', () => User, { nullable: true })
  appliedBy(@Parent() record: CatalogImport, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return record.appliedById ? this.users.byId(ctx).load(record.appliedById) : Promise.resolve(null);
  }
}
