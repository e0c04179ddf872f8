import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  APP_CONFIG,
  Authenticator,
  localeOf,
  LOGGER,
  RateLimitService,
  UnauthenticatedError,
  type AppConfig,
  type Locale,
  type Logger,
  type RequestUser,
} from '@tradebridge/core';
import { MembershipService } from '@tradebridge/identity';
import type { Request, Response } from 'express';
import { ImportKind, type CatalogImport } from './catalog-import.entity.js';
import { DownloadLinks } from './download-links.js';
import { ExportService, type DownloadFile } from './export.service.js';
import { ImportArgumentInvalid, NoImportOrganization } from './import.errors.js';
import { receiveUpload, sendError } from './import-http.js';
import { parseExportName, parseTemplateName, UPLOAD_HEADER } from './import-paths.js';
import { STATUS_NAMES } from './import-rows.js';
import { ImportService } from './import.service.js';

/**
 * The file side of imports over plain HTTP. POST /imports takes one file as multipart/form-data (field
 * `file`; `kind` OFFERING or NEED in the query or a form field, else told by the columns) with
 * `Authorization: Bearer <access token>` and `x-tradebridge-upload: 1`, and answers the preview
 * (`{ data: { catalogImport } }`; its rows through GraphQL `catalogImport(id)`). GET
 * /imports/templates/<offerings|needs>-<ru|en>.xlsx serves the templates to anyone; GET
 * /exports/<offerings|needs>.<xlsx|csv> the caller's listings, with the bearer token or a signed link
 * from `catalogExportUrl`. Errors have GraphQL's shape: `{ errors: [{ message, extensions: { code } }] }`.
 */
@Controller()
export class ImportController {
  private readonly links: DownloadLinks;

  constructor(
    private readonly imports: ImportService,
    private readonly exports: ExportService,
    private readonly authenticator: Authenticator,
    private readonly memberships: MembershipService,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.links = new DownloadLinks(config.jwtSecret);
  }

  @Post('imports')
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    let locale: Locale = localeOf({ user: null, req });
    try {
      // A browser sends neither header cross-site without CORS allowing it: a forged form cannot upload.
      if (req.headers[UPLOAD_HEADER] !== '1') {
        throw new ImportArgumentInvalid(UPLOAD_HEADER, { ru: `нужен заголовок ${UPLOAD_HEADER}: 1`, en: `send the header ${UPLOAD_HEADER}: 1` }, locale);
      }
      const caller = await this.bearer(req);
      locale = caller.locale;
      if (!caller.organizationId) throw new NoImportOrganization(locale);
      // An upload is a change: it counts against the caller's mutation budget (RATE_LIMIT_MUTATIONS_PER_MINUTE).
      await this.rateLimits.consume({ key: `mutation:user:${caller.id}`, limit: this.config.rateLimitMutationsPerMinute, windowSeconds: 60 }, 'changes');
      const upload = await receiveUpload(req, res, locale);
      const kind = kindArgument(upload.fields.kind ?? req.query.kind, locale);
      const record = await this.imports.preview(caller, upload.file, kind);
      res.status(201).json({ data: { catalogImport: summary(record, locale) } });
    } catch (error) {
      sendError(res, error, locale, undefined, this.logger);
    }
  }

  @Get('imports/templates/:file')
  async template(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const locale = localeOf({ user: null, req });
    const name = parseTemplateName(file);
    if (!name) return sendError(res, new ImportArgumentInvalid('file', { ru: 'нет такого шаблона', en: 'no such template' }, locale), locale, 404);
    download(res, await this.exports.template(name.kind, name.language));
  }

  @Get('exports/:file')
  async export(@Param('file') file: string, @Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    let locale: Locale = localeOf({ user: null, req });
    try {
      const name = parseExportName(file);
      if (!name) throw new ImportArgumentInvalid('file', { ru: 'выгрузка: offerings или needs, .xlsx или .csv', en: 'export offerings or needs as .xlsx or .csv' }, locale);
      const caller = typeof query.token === 'string' ? await this.linkCaller(query.token, name.kind, locale) : await this.bearer(req);
      locale = caller.locale;
      const language = query.lang === 'en' ? 'EN' : query.lang === 'ru' ? 'RU' : caller.locale;
      const status = typeof query.status === 'string' && query.status ? query.status : null;
      if (status !== null && !(status in STATUS_NAMES[name.kind])) {
        throw new ImportArgumentInvalid('status', { ru: `нет такого статуса: ${status}`, en: `no such status: ${status}` }, locale);
      }
      download(res, await this.exports.exportListings(caller, name.kind, name.format, language, status));
    } catch (error) {
      sendError(res, error, locale, undefined, this.logger);
    }
  }

  private async bearer(req: Request): Promise<RequestUser> {
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthenticatedError();
    return this.authenticator.authenticate(token);
  }

  /** The caller a signed link stands for, while they are still a member of the organization it names. */
  private async linkCaller(token: string, kind: ImportKind | string, locale: Locale): Promise<RequestUser> {
    const grant = this.links.verify(token);
    const membership = grant && grant.kind === kind ? await this.memberships.findByUserId(grant.userId) : null;
    if (!grant || membership?.organizationId !== grant.organizationId) {
      throw new UnauthenticatedError(locale === 'EN' ? 'This download link is invalid or has expired' : 'Ссылка на выгрузку недействительна или устарела');
    }
    return { id: grant.userId, email: '', platformRole: 'USER', locale, organizationId: grant.organizationId, membershipRole: membership.role, emailVerified: true };
  }
}

function kindArgument(value: unknown, locale: Locale): ImportKind | null {
  if (value === undefined || value === null || value === '') return null;
  if (value === ImportKind.OFFERING || value === ImportKind.NEED) return value;
  throw new ImportArgumentInvalid('kind', { ru: 'kind: OFFERING или NEED', en: 'kind must be OFFERING or NEED' }, locale);
}

/** The preview as the GraphQL type shows it (rows excluded: query `catalogImport(id) { rows }`). */
function summary(record: CatalogImport, locale: Locale): Record<string, unknown> {
  const { id, kind, status, fileName, format, createdAt, totalRows, toCreate, toUpdate, unchanged, rejected, columns } = record;
  return { id, kind, status, fileName, format, createdAt, totalRows, toCreate, toUpdate, unchanged, rejected, columns, warnings: record.warnings.map((w) => (locale === 'EN' ? w.en : w.ru)) };
}

function download(res: Response, file: DownloadFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.status(200).send(file.bytes);
}
