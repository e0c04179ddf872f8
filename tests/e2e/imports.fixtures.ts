// Uploads, downloads and GraphQL operations of bulk import and export, for the imports e2e files.
import { readFileSync } from 'node:fs';
import { repoPath } from '@tradebridge/core';
import { dataOf, type TestApp } from '../support/test-app.js';

export const fixture = (name: string): Buffer => readFileSync(repoPath(`tests/fixtures/imports/${name}`));

export interface UploadAnswer {
  status: number;
  body: { data?: { catalogImport: Record<string, any> }; errors?: Array<{ message: string; extensions: Record<string, any> }> };
}

/** POST /imports as the web app does: multipart, the bearer token, the upload header. */
export async function upload(
  t: TestApp,
  token: string | null,
  name: string,
  bytes: Buffer,
  options: { kind?: string; headers?: Record<string, string>; uploadHeader?: boolean } = {},
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  if (options.kind) form.append('kind', options.kind);
  const headers: Record<string, string> = { ...(options.uploadHeader === false ? {} : { 'x-tradebridge-upload': '1' }), ...options.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${t.url}/imports`, { method: 'POST', headers, body: form });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

/** GET a path of the API; the body as bytes. */
export async function download(t: TestApp, path: string, token?: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

export const IMPORT_FIELDS = `id kind status fileName format totalRows toCreate toUpdate unchanged rejected created updated warnings
  columns { header field } createdBy { id } appliedBy { id } appliedAt`;

export const CATALOG_IMPORT = `query ($id: ID!, $action: ImportRowAction) { catalogImport(id: $id) { ${IMPORT_FIELDS}
  rows(first: 100, action: $action) { totalCount edges { node { line action listingId cells errors { field column message } } } } } }`;
export const APPLY = `mutation ($id: ID!) { applyCatalogImport(id: $id) { ${IMPORT_FIELDS} } }`;
export const IMPORTS = `{ catalogImports(first: 10) { totalCount edges { node { id fileName status created updated unchanged rejected createdBy { id } } } } }`;
export const EXPORT_URL = `query ($kind: ImportKind!, $format: ImportFormat, $language: Locale) { catalogExportUrl(kind: $kind, format: $format, language: $language) }`;
export const TEMPLATE_URL = `query ($kind: ImportKind!, $language: Locale) { catalogTemplateUrl(kind: $kind, language: $language) }`;

/** Uploads and returns the stored preview with its rows (throws unless the upload was taken). */
export async function preview(t: TestApp, token: string, name: string, bytes: Buffer, kind?: string): Promise<Record<string, any>> {
  const answer = await upload(t, token, name, bytes, { kind });
  if (answer.status !== 201) throw new Error(`upload refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  return dataOf(await t.gql(CATALOG_IMPORT, { id: answer.body.data!.catalogImport.id }, token)).catalogImport;
}

export async function apply(t: TestApp, token: string, id: string): Promise<Record<string, any>> {
  return dataOf(await t.gql(APPLY, { id }, token)).applyCatalogImport;
}

/** Counts of what an import must never have written when it refused: listings, outbox rows, imports. */
export async function writes(t: TestApp): Promise<{ offerings: number; needs: number; outbox: number; imports: number }> {
  const [row] = await t.sql(`SELECT (SELECT count(*) FROM offerings)::int AS offerings, (SELECT count(*) FROM needs)::int AS needs,
    (SELECT count(*) FROM search_outbox)::int AS outbox, (SELECT count(*) FROM catalog_imports)::int AS imports`);
  return row as { offerings: number; needs: number; outbox: number; imports: number };
}
