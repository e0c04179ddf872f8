import { readFileSync } from 'node:fs';
import { repoPath } from '../util/repo-root.js';
import { NameIndex } from './name-index.js';

// Reference tables are data files, data/reference/<table>.json (see its README for the sources): read once
// per process. Every entry has a code, a name in Russian and English, maybe a short form in both and
// other names people use; what else an entry says (a region's country, a unit's dimension) is the
// reference lib's to read.

/** A name in both languages. */
export interface LocalizedName {
  ru: string;
  en: string;
}

/** One entry of a reference table. */
export interface ReferenceEntry {
  code: string;
  name: LocalizedName;
  short?: LocalizedName;
  aliases?: string[];
}

export interface ReferenceFile<E extends ReferenceEntry = ReferenceEntry> {
  /** Where the data comes from. */
  source: string;
  /** Word rewrites for reading names ("обл" -> "область"): see NameIndex. */
  rewrites?: Record<string, string>;
  entries: E[];
}

const files = new Map<string, ReferenceFile>();

/**
 * data/reference/<table>.json, parsed once per process.
 * @example readReferenceFile('regions').entries.length
 */
export function readReferenceFile<E extends ReferenceEntry>(table: string): ReferenceFile<E> {
  let file = files.get(table);
  if (!file) {
    file = JSON.parse(readFileSync(repoPath('data', 'reference', `${table}.json`), 'utf8')) as ReferenceFile;
    for (const entry of file.entries) {
      if (!entry.code || !entry.name?.ru || !entry.name?.en) throw new Error(`Reference data ${table}: an entry lacks its code or a name (${JSON.stringify(entry)})`);
    }
    files.set(table, file);
  }
  return file as ReferenceFile<E>;
}

/** Every name an entry is known by: its code, names and short forms in both languages, other names. */
export function namesOf(entry: ReferenceEntry): string[] {
  return [entry.code, entry.name.ru, entry.name.en, ...(entry.short ? [entry.short.ru, entry.short.en] : []), ...(entry.aliases ?? [])];
}

/** The NameIndex of a reference file's entries, with its rewrites. */
export function nameIndexOf(file: ReferenceFile): NameIndex {
  return new NameIndex(file.entries.map((entry) => ({ code: entry.code, names: namesOf(entry) })), file.rewrites);
}
