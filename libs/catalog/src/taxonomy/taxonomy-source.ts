import { readFileSync } from 'node:fs';
import { repoPath } from '@tradebridge/core';
import { PROJECT_CHILDREN, PROJECT_ROOTS } from './project-categories.js';

export interface CategoryRow {
  code: string;
  parentCode: string | null;
  name: string;
  nameEn: string;
  hsCode: string | null;
  level: number;
  rootCode: string;
  path: string[];
  position: number;
}

const TNVED_CSV = 'data/taxonomy/tnved-headings.csv';

/** RFC 4180 CSV: quoted fields, doubled quotes, commas inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** Capitalises the first letter: the source names of sections and chapters are lower-case. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toLocaleUpperCase('ru') + trimmed.slice(1);
}

/**
 * The whole tree, parents before children: 21 TN VED sections -> chapters -> headings, then "S" and "P".
 * @example buildTaxonomy().filter((c) => c.parentCode === null).length === 23
 */
export function buildTaxonomy(csv = readFileSync(repoPath(TNVED_CSV), 'utf8')): CategoryRow[] {
  const [header, ...records] = parseCsv(csv);
  const col = (name: string) => header.indexOf(name);
  const [sec, secRu, secEn, ch, chRu, chEn, hd, hdRu, hdEn] = [
    'section', 'section_ru', 'section_en', 'chapter', 'chapter_ru', 'chapter_en', 'heading', 'heading_ru', 'heading_en',
  ].map(col);
  const rows: CategoryRow[] = [];
  const seen = new Set<string>();
  let position = 0;
  const add = (row: Omit<CategoryRow, 'position'>) => {
    if (seen.has(row.code)) return;
    seen.add(row.code);
    rows.push({ ...row, position: position++ });
  };
  for (const r of records) {
    const section = r[sec];
    add({ code: section, parentCode: null, name: sentence(r[secRu]), nameEn: sentence(r[secEn]), hsCode: null, level: 0, rootCode: section, path: [section] });
    const chapter = r[ch];
    add({ code: chapter, parentCode: section, name: sentence(r[chRu]), nameEn: sentence(r[chEn]), hsCode: chapter, level: 1, rootCode: section, path: [section, chapter] });
    const heading = r[hd];
    add({
      code: heading, parentCode: chapter, name: sentence(r[hdRu]), nameEn: sentence(r[hdEn]), hsCode: heading.replace('.', ''),
      level: 2, rootCode: section, path: [section, chapter, heading],
    });
  }
  for (const root of PROJECT_ROOTS) {
    add({ ...root, parentCode: null, hsCode: null, level: 0, rootCode: root.code, path: [root.code] });
    for (const child of PROJECT_CHILDREN[root.code as 'S' | 'P']) {
      add({ ...child, parentCode: root.code, hsCode: null, level: 1, rootCode: root.code, path: [root.code, child.code] });
    }
  }
  return rows;
}
