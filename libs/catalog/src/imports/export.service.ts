import { Injectable } from '@nestjs/common';
import { TransactionHost, type Locale, type RequestUser } from '@tradebridge/core';
import type { Listing } from '../listings/listing-kind.js';
import { KIND_NAMES, statusLabel } from './import-rows.js';
import { ImportArgumentInvalid, NoImportOrganization } from './import.errors.js';
import type { KindName } from './import-columns.js';
import { certificationTable, regionTable, unitTable } from '@tradebridge/reference';
import { ImportListings } from './import-listings.js';
import { MAX_ROWS } from './sheet-reader.js';
import { listCell, writeCsv, writeXlsx, type ExportFormat, type Language, type SheetRowValues } from './spreadsheet-writer.js';

export interface DownloadFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
};
const FILE_KINDS: Record<KindName, string> = { OFFERING: 'offerings', NEED: 'needs' };

/**
 * "Download my offerings / needs" (every status, oldest first, in the import's columns, so an unchanged
 * export imports as unchanged) and the templates (the columns, one example row, a notes sheet).
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly listings: ImportListings,
  ) {}

  async exportListings(caller: RequestUser, kind: KindName, format: ExportFormat, language: Language, status: string | null): Promise<DownloadFile> {
    const organizationId = caller.organizationId;
    if (!organizationId) throw new NoImportOrganization(caller.locale);
    const { rules } = this.listings.kindOf(kind);
    const query = this.tx.repo(rules.entity).createQueryBuilder('l').where('l.organization_id = :organizationId', { organizationId });
    if (status) query.andWhere('l.status = :status', { status });
    const listings = await query.orderBy('l.created_at', 'ASC').addOrderBy('l.id', 'ASC').take(MAX_ROWS + 1).getMany();
    if (listings.length > MAX_ROWS) throw tooMany(caller.locale);
    const rows = listings.map((l) => exportRow(kind, l as Listing & Record<string, unknown>, language));
    const content = { kind, language, rows };
    const bytes = format === 'XLSX' ? await writeXlsx(content) : writeCsv(content);
    const date = new Date().toISOString().slice(0, 10);
    return { fileName: `tradebridge-${FILE_KINDS[kind]}-${date}.${format.toLowerCase()}`, contentType: CONTENT_TYPES[format], bytes };
  }

  async template(kind: KindName, language: Language): Promise<DownloadFile> {
    const bytes = await writeXlsx({ kind, language, rows: [exampleRow(kind, language)], notes: true });
    return { fileName: `tradebridge-${FILE_KINDS[kind]}-template-${language.toLowerCase()}.xlsx`, contentType: CONTENT_TYPES.XLSX, bytes };
  }
}

function tooMany(locale: Locale): ImportArgumentInvalid {
  return new ImportArgumentInvalid(
    'status',
    { ru: `Больше ${MAX_ROWS} позиций: выгрузите их по статусам (status)`, en: `More than ${MAX_ROWS} listings: export them by status` },
    locale,
  );
}

/** Money as a number when a spreadsheet holds it exactly, as text otherwise. */
function amount(value: unknown): number | string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  const number = Number(text);
  return Number.isFinite(number) && number < 1e13 ? number : text;
}

export function exportRow(kind: KindName, l: Listing & Record<string, unknown>, language: Language): SheetRowValues {
  const list = (v: unknown) => listCell((v as string[] | null) ?? []);
  // Reference codes are written as names in the file's language (what a person reads and an import takes back).
  const regions = regionTable();
  const certifications = (v: unknown) => listCell(((v as string[] | null) ?? []).map((c) => certificationTable().label(c, language)));
  const common: SheetRowValues = {
    id: l.id,
    externalRef: (l.externalRef as string | null) ?? null,
    title: l.title,
    description: l.description || null,
    category: l.categoryCode,
    keywords: list(l.keywords),
    unit: l.unit ? unitTable().label(l.unit as string, language) : null,
    status: statusLabel(kind, l.status, language),
  };
  if (kind === 'OFFERING') {
    return {
      ...common,
      kind: language === 'RU' ? KIND_NAMES[l.kind as keyof typeof KIND_NAMES][0] : (l.kind as string),
      priceMin: amount(l.priceMin),
      priceMax: amount(l.priceMax),
      currency: (l.currency as string | null) ?? null,
      minOrderQuantity: (l.minOrderQuantity as number | null) ?? null,
      leadTimeDays: (l.leadTimeDays as number | null) ?? null,
      certifications: certifications(l.certifications),
      deliveryRegions: listCell(((l.deliveryRegions as string[] | null) ?? []).map((r) => regions.label(r, language))),
      validUntil: (l.validUntil as Date | null) ?? null,
    };
  }
  return {
    ...common,
    quantity: (l.quantity as number | null) ?? null,
    budgetMin: amount(l.budgetMin),
    budgetMax: amount(l.budgetMax),
    currency: (l.budgetCurrency as string | null) ?? null,
    neededBy: (l.neededBy as Date | null) ?? null,
    deliveryRegion: regions.label(l.deliveryRegion as string, language),
    requiredCertifications: certifications(l.requiredCertifications),
  };
}

function exampleRow(kind: KindName, language: Language): SheetRowValues {
  const ru = language === 'RU';
  const nextYearEnd = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 11, 31));
  const common = { externalRef: ru ? 'ПРИМЕР' : 'EXAMPLE', status: null };
  if (kind === 'OFFERING') {
    return {
      ...common,
      title: ru ? 'Самосвал МАЗ-6501C9, 20 т' : 'MAZ-6501C9 dump truck, 20 t',
      description: ru ? 'Полноприводный самосвал для дорожного строительства, сервис во Владимирской области.' : 'All-wheel-drive dump truck for road construction, serviced in Vladimir Oblast.',
      hsCode: '8704',
      kind: ru ? 'Товар' : 'PRODUCT',
      keywords: ru ? 'самосвал; МАЗ' : 'dump truck; MAZ',
      priceMin: 95000,
      priceMax: 110000,
      currency: 'USD',
      minOrderQuantity: 1,
      unit: ru ? 'шт' : 'pcs',
      leadTimeDays: 60,
      certifications: 'EAC',
      deliveryRegions: ru ? 'Владимирская область; Московская область' : 'Vladimir Oblast; Moscow Oblast',
      validUntil: nextYearEnd,
    };
  }
  return {
    ...common,
    title: ru ? 'Автобусы городские большого класса' : 'Large city buses',
    description: ru ? '40 низкопольных автобусов для городских маршрутов, сертификат EAC.' : '40 low-floor buses for city routes, EAC certified.',
    hsCode: '8702',
    keywords: ru ? 'автобус; низкопольный' : 'bus; low-floor',
    quantity: 40,
    unit: ru ? 'шт' : 'pcs',
    budgetMin: 25000000,
    budgetMax: 30000000,
    currency: 'RUB',
    neededBy: nextYearEnd,
    deliveryRegion: ru ? 'Владимирская область' : 'Vladimir Oblast',
    requiredCertifications: 'EAC',
  };
}
