import { canonicalMark, nameIndexOf, readReferenceFile, type Locale, type LocalizedName, type NameIndex, type ReferenceEntry } from '@tradebridge/core';
import { inLocale } from '../localized.js';

export interface Certification {
  /** "EAC", "EAC-DECLARATION", "TR-CU-018-2011", "ISO-9001", "GOST-R", "STB", "GMP-EAEU", "HALAL"... */
  code: string;
  /** The mark as people write it: "ТР ТС 018/2011" / "TR CU 018/2011". */
  name: LocalizedName;
  /** What it is, in full. */
  full: LocalizedName;
  /** Marks that holding it implies (an EAEU declaration carries the EAC mark). */
  implies: readonly string[];
}

interface CertificationEntry extends ReferenceEntry, Certification {
  full: LocalizedName;
  implies: string[];
}

/**
 * The certifications that matter in this trade (data/reference/certifications.json), read once per
 * process. Any other mark is allowed: it is kept as its canonical form (canonicalMark), so "ЕАС" typed
 * in Cyrillic is the known "EAC", and "Halal-ICCI" equals "HALAL ICCI".
 * @example certificationTable().canonical('ЕАС') // 'EAC'
 */
export class CertificationTable {
  private readonly byCode: Map<string, Certification>;

  constructor(
    entries: readonly CertificationEntry[],
    private readonly index: NameIndex,
  ) {
    this.byCode = new Map(entries.map((e) => [e.code, { code: e.code, name: e.name, full: e.full, implies: e.implies }]));
    for (const c of this.byCode.values()) {
      for (const implied of c.implies) if (!this.byCode.has(implied)) throw new Error(`Reference data certifications: ${c.code} implies unknown ${implied}`);
    }
  }

  all(): Certification[] {
    return [...this.byCode.values()];
  }

  get(code: string): Certification | undefined {
    return this.byCode.get(code);
  }

  /** The known certification a code or a name stands for ("ЕАС", "ISO 9001:2015", "ТР ТС 018/2011"), or null. */
  find(text: string): Certification | null {
    const direct = this.byCode.get(text);
    if (direct) return direct;
    const code = this.index.find(text);
    return code ? this.byCode.get(code)! : null;
  }

  /** How a mark is stored: a known certification's code, else the mark's canonical form. */
  canonical(text: string): string {
    return this.find(text)?.code ?? canonicalMark(text);
  }

  /** Canonical marks, blanks and repeats left out, in their order. */
  canonicalAll(texts: readonly string[] | null | undefined): string[] {
    return [...new Set((texts ?? []).map((t) => this.canonical(t)).filter(Boolean))];
  }

  /** The marks and those they imply ("EAC-DECLARATION" -> also "EAC"): what a listing holding them can show. */
  closure(values: readonly string[]): string[] {
    const out = new Set<string>();
    const add = (code: string) => {
      if (out.has(code)) return;
      out.add(code);
      for (const implied of this.byCode.get(code)?.implies ?? []) add(implied);
    };
    for (const value of this.canonicalAll(values)) add(value);
    return [...out];
  }

  /** Whether holding `offered` meets every mark of `required` (implied marks count). */
  covers(offered: readonly string[], required: readonly string[]): boolean {
    if (required.length === 0) return true;
    const have = new Set(this.closure(offered));
    return this.canonicalAll(required).every((mark) => have.has(mark));
  }

  /** A stored mark as a reader of `locale` sees it: a known one's name ("ГОСТ Р" / "GOST R"), any other as stored. */
  label(value: string, locale: Locale): string {
    const known = this.find(value);
    return known ? inLocale(known.name, locale) : value;
  }
}

let table: CertificationTable | undefined;

/** The certification table of this process (read on first use). */
export function certificationTable(): CertificationTable {
  if (!table) {
    const file = readReferenceFile<CertificationEntry>('certifications');
    table = new CertificationTable(file.entries, nameIndexOf(file));
  }
  return table;
}
