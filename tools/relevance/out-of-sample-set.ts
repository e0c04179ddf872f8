// Judged sets of text nobody on the team wrote, read at run time from outside the repository (never
// copied into it): documents (key, text) and queries with the keys of their relevant documents
// (binary relevance). Today the OKPD2 development split of ../shared/data (see its README).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoPath } from '@tradebridge/core';

export interface OutOfSampleQuery {
  id: string;
  query: string;
  relevant: string[];
}

export interface OutOfSampleSet {
  name: string;
  /** What the printed tables say about it (in-sample for whoever tuned against it). */
  label: string;
  documents: Array<{ key: string; text: string }>;
  queries: OutOfSampleQuery[];
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Rows as arrays of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows.filter((r) => r.some((f) => f !== ''));
}

/** Rows of a CSV file with a header, as objects; throws when a column is missing. */
function readCsv(file: string, columns: string[]): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const index = columns.map((c) => header?.indexOf(c) ?? -1);
  if (index.some((i) => i < 0)) throw new Error(`${file}: expected columns ${columns.join(', ')}, found ${header?.join(', ')}`);
  return rows.map((r) => Object.fromEntries(columns.map((c, k) => [c, r[index[k]!] ?? ''])));
}

/** Where the OKPD2 development split is looked for: RELEVANCE_OKPD2_DIR, else ../shared/data/relevance-okpd2-dev. */
export function okpd2Dir(): string {
  return resolve(process.env.RELEVANCE_OKPD2_DIR ?? repoPath('..', 'shared', 'data', 'relevance-okpd2-dev'));
}

/** The OKPD2 development split (documents.csv: code,name; queries.csv: code,query,relevant_codes), or null when absent. */
export function loadOkpd2Set(dir = okpd2Dir()): OutOfSampleSet | null {
  if (!existsSync(join(dir, 'documents.csv')) || !existsSync(join(dir, 'queries.csv'))) return null;
  const documents = readCsv(join(dir, 'documents.csv'), ['code', 'name']).map((r) => ({ key: r.code!, text: r.name! }));
  const keys = new Set(documents.map((d) => d.key));
  const queries = readCsv(join(dir, 'queries.csv'), ['code', 'query', 'relevant_codes']).map((r) => {
    const relevant = r.relevant_codes!.split(/\s+/).filter(Boolean);
    const unknown = relevant.filter((k) => !keys.has(k));
    if (unknown.length) throw new Error(`query ${r.code}: relevant codes not among the documents: ${unknown.slice(0, 5).join(', ')}`);
    return { id: r.code!, query: r.query!, relevant };
  });
  return {
    name: 'OKPD2 dev',
    // Out of sample until someone tunes against it; issue 20's changes were measured on it while being made.
    label: 'development set (tuned against in issue 20: in-sample for that round)',
    documents,
    queries,
  };
}
