import { nameIndexOf, readReferenceFile, type Locale, type LocalizedName, type NameIndex, type ReferenceEntry } from '@tradebridge/core';
import { inLocale } from '../localized.js';

/** What a unit measures; units of one dimension (but OTHER) convert into each other. */
export type UnitDimension = 'COUNT' | 'MASS' | 'LENGTH' | 'AREA' | 'VOLUME' | 'TIME' | 'POWER' | 'ENERGY' | 'OTHER';

export interface Unit {
  /** The OKEI code: "796" piece, "168" tonne, "166" kilogram, "113" cubic metre... */
  code: string;
  dimension: UnitDimension;
  /** How many of the dimension's base unit one unit is (tonne: 1000 kg); null when there is no fixed factor. */
  factor: number | null;
  name: LocalizedName;
  short: LocalizedName;
}

interface UnitEntry extends ReferenceEntry, Unit {
  short: LocalizedName;
}

/**
 * Units of measurement from OKEI (data/reference/units.json), read once per process.
 * @example unitTable().convert(20_000, '166', '168') // 20 (kg -> t)
 */
export class UnitTable {
  private readonly byCode: Map<string, Unit>;

  constructor(
    entries: readonly UnitEntry[],
    private readonly index: NameIndex,
  ) {
    this.byCode = new Map(entries.map((e) => [e.code, { code: e.code, dimension: e.dimension, factor: e.factor, name: e.name, short: e.short }]));
  }

  all(): Unit[] {
    return [...this.byCode.values()];
  }

  get(code: string): Unit | undefined {
    return this.byCode.get(code);
  }

  /** The unit an OKEI code, a name or a short form in either language stands for ("шт.", "pcs", "единиц", "796"), or null. */
  find(text: string): Unit | null {
    const direct = this.byCode.get(text);
    if (direct) return direct;
    const code = this.index.find(text);
    return code ? this.byCode.get(code)! : null;
  }

  codeOf(value: string | null | undefined): string | null {
    return value ? (this.find(value)?.code ?? null) : null;
  }

  suggest(text: string, limit = 3): Unit[] {
    return this.index.suggest(text, limit).map((code) => this.byCode.get(code)!);
  }

  /** A stored unit as a reader of `locale` sees it: its short form ("шт", "pcs"); unknown text as it is. */
  label(value: string, locale: Locale): string {
    const unit = this.find(value);
    return unit ? inLocale(unit.short, locale) : value;
  }

  /**
   * `quantity` of unit `from` in unit `to` (stored values: codes or known names), or null when they do
   * not convert (another dimension, no fixed factor, an unknown unit). The same unit always converts.
   * @example convert(520, 't', 'kg') // 520000
   */
  convert(quantity: number, from: string, to: string): number | null {
    const a = this.find(from);
    const b = this.find(to);
    if (!a || !b) return null;
    if (a.code === b.code) return quantity;
    if (a.dimension !== b.dimension || a.dimension === 'OTHER' || a.factor === null || b.factor === null) return null;
    return (quantity * a.factor) / b.factor;
  }
}

let table: UnitTable | undefined;

/** The unit table of this process (read on first use). */
export function unitTable(): UnitTable {
  if (!table) {
    const file = readReferenceFile<UnitEntry>('units');
    table = new UnitTable(file.entries, nameIndexOf(file));
  }
  return table;
}
