// Import phase: a supplier uploads an XLSX price list of 5,000 offerings (POST /imports, as the web app
// does), then applies the preview (GraphQL applyCatalogImport); timed until every imported offering is a
// document in Meilisearch (polled directly by id).
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateBenchCatalog } from '@tradebridge/demo';
import type pg from 'pg';
import { writeXlsx } from '../../libs/catalog/src/imports/spreadsheet-writer.js';
import { dataOf, graphql, type JsonClient } from './http.js';

export interface ImportBenchResult {
  rows: number;
  file_bytes: number;
  /** Upload to the preview's answer (reading, checking and planning every row, storing the preview). */
  preview_s: number;
  preview_rows_per_s: number;
  /** applyCatalogImport's round trip (every row checked again, written in batches of 500 with outbox rows). */
  apply_s: number;
  apply_rows_per_s: number;
  /** From apply's answer until the last imported offering is searchable. */
  searchable_after_apply_s: number | null;
  /** Upload to all searchable. */
  total_s: number | null;
  created: number;
  rejected: number;
}

const APPLY = `mutation ($id: ID!) { applyCatalogImport(id: $id) { created updated rejected } }`;

/** The XLSX a supplier would upload: `rows` offerings of the bench vocabulary, Russian headers, references. */
export async function priceList(rows: number): Promise<Buffer> {
  const { offerings } = generateBenchCatalog({ offerings: rows, needs: 0, seed: 9090, organizations: 1 });
  return writeXlsx({
    kind: 'OFFERING',
    language: 'RU',
    rows: offerings.map((o, i) => ({
      externalRef: `IMP-${String(i + 1).padStart(5, '0')}`,
      title: o.title,
      description: o.description,
      category: o.categoryCode,
      kind: o.kind,
      keywords: o.keywords.join('; '),
      priceMin: o.price?.min != null ? Number(o.price.min) : null,
      priceMax: o.price?.max != null ? Number(o.price.max) : null,
      currency: o.price?.currency ?? null,
      minOrderQuantity: o.minOrderQuantity ?? null,
      unit: o.unit ?? null,
      leadTimeDays: o.leadTimeDays ?? null,
      certifications: o.certifications.join('; ') || null,
      deliveryRegions: o.deliveryRegions.join('; ') || null,
    })),
  });
}

export async function measureImport(api: JsonClient, apiUrl: string, meili: JsonClient, pool: pg.Pool, token: string, rows: number, timeoutMs = 180_000): Promise<ImportBenchResult> {
  const file = await priceList(rows);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), 'price-list.xlsx');
  const t0 = performance.now();
  const response = await fetch(`${apiUrl}/imports`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-tradebridge-upload': '1' }, body: form });
  const body = (await response.json()) as { data?: { catalogImport: { id: string; toCreate: number; rejected: number } }; errors?: unknown };
  if (response.status !== 201 || !body.data) throw new Error(`import preview refused: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  const t1 = performance.now();
  const applied = dataOf<any>(await graphql(api, APPLY, { id: body.data.catalogImport.id }, token), 'applyCatalogImport').applyCatalogImport;
  const t2 = performance.now();
  const ids = (await pool.query<{ id: string }>(`SELECT id FROM offerings WHERE external_ref LIKE 'IMP-%' AND created_at >= now() - interval '1 hour'`)).rows.map((r) => r.id);
  const pending = new Set(ids);
  let t3: number | null = null;
  while (pending.size && performance.now() - t2 < timeoutMs) {
    const batch = [...pending].slice(0, 1000);
    const res = await meili.post(`/indexes/offerings/documents/fetch`, { ids: batch, fields: ['id'], limit: batch.length });
    for (const doc of res.body?.results ?? []) pending.delete(String(doc.id));
    if (pending.size) await sleep(50);
  }
  if (!pending.size) t3 = performance.now();
  const s = (ms: number) => Math.round(ms) / 1000;
  return {
    rows,
    file_bytes: file.length,
    preview_s: s(t1 - t0),
    preview_rows_per_s: Math.round(rows / ((t1 - t0) / 1000)),
    apply_s: s(t2 - t1),
    apply_rows_per_s: Math.round(rows / ((t2 - t1) / 1000)),
    searchable_after_apply_s: t3 === null ? null : s(t3 - t2),
    total_s: t3 === null ? null : s(t3 - t0),
    created: applied.created,
    rejected: applied.rejected,
  };
}
