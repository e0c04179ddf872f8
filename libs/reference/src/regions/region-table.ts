import { nameIndexOf, nameKey, readReferenceFile, type Locale, type LocalizedName, type NameIndex, type ReferenceEntry } from '@tradebridge/core';
import { inLocale } from '../localized.js';

/** A region proper (an ISO 3166-2 subdivision), or a group of regions people name as a delivery area. */
export type RegionKind = 'REGION' | 'COUNTRY' | 'DISTRICT' | 'UNION' | 'WORLD';

interface RegionEntry extends ReferenceEntry {
  kind: RegionKind;
  country: 'BY' | 'RU' | null;
  /** The groups directly containing it. */
  within: string[];
}

export interface Region {
  /** ISO 3166-2 ("RU-VLA", "BY-HM"), a country ("RU"), or the project's group codes ("RU-CFD", "EAEU", "CIS", "WORLD"). */
  code: string;
  kind: RegionKind;
  country: 'BY' | 'RU' | null;
  name: LocalizedName;
  /** Every group containing it, the nearest first ("RU-CFD", "RU", "EAEU", "CIS", "WORLD"). */
  groups: readonly string[];
  /** A group's regions proper (kind REGION), in the table's order; empty for a region. */
  regions: readonly string[];
}

/** How a delivery area relates to a place: the same one, a group containing it, or neither. */
export type Coverage = 'same' | 'broad' | null;

/**
 * The regions of Belarus and Russia and the groups around them (data/reference/regions.json), read
 * once per process: codes, names in both languages, what contains what.
 * @example regionTable().find('Владимирская обл.')?.code // 'RU-VLA'
 */
export class RegionTable {
  private readonly byCode = new Map<string, Region>();
  private readonly index: NameIndex;

  constructor(entries: readonly RegionEntry[], index: NameIndex) {
    this.index = index;
    const parents = new Map(entries.map((e) => [e.code, e.within]));
    const groupsOf = (code: string): string[] => {
      const out: string[] = [];
      const queue = [...(parents.get(code) ?? [])];
      while (queue.length) {
        const next = queue.shift()!;
        if (out.includes(next)) continue;
        if (!parents.has(next)) throw new Error(`Reference data regions: ${code} is within unknown ${next}`);
        out.push(next);
        queue.push(...parents.get(next)!);
      }
      return out;
    };
    const groups = new Map(entries.map((e) => [e.code, groupsOf(e.code)]));
    for (const entry of entries) {
      const regions = entry.kind === 'REGION' ? [] : entries.filter((e) => e.kind === 'REGION' && groups.get(e.code)!.includes(entry.code)).map((e) => e.code);
      this.byCode.set(entry.code, { code: entry.code, kind: entry.kind, country: entry.country, name: entry.name, groups: groups.get(entry.code)!, regions });
    }
  }

  /** Every region and group, in the table's order (groups first). */
  all(): Region[] {
    return [...this.byCode.values()];
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  /** The region a code or a name in either language stands for ("RU-VLA", "Vladimir region", "г. Владимир"), or null. */
  find(text: string): Region | null {
    // Stored values are codes: found without reading the name (matching asks for every pair).
    const direct = this.byCode.get(text);
    if (direct) return direct;
    const code = this.index.find(text);
    return code ? this.byCode.get(code)! : null;
  }

  /** The code of a stored value or a typed name; null for text no entry is known by. */
  codeOf(value: string | null | undefined): string | null {
    return value ? (this.find(value)?.code ?? null) : null;
  }

  /** The closest regions to a name no entry is known by. */
  suggest(text: string, limit = 3): Region[] {
    return this.index.suggest(text, limit).map((code) => this.byCode.get(code)!);
  }

  /** A stored value as a reader of `locale` sees it: the region's name; text no entry is known by, as it is. */
  label(value: string, locale: Locale): string {
    const region = this.find(value);
    return region ? inLocale(region.name, locale) : value;
  }

  /**
   * The codes a filter on `codes` covers: each code, and for a group every group and region inside it
   * ("RU-CFD" -> "RU-CFD" and its 18 regions).
   */
  within(codes: readonly string[]): string[] {
    const out = new Set<string>();
    for (const code of codes) {
      out.add(code);
      for (const region of this.byCode.values()) if (region.groups.includes(code)) out.add(region.code);
    }
    return [...out];
  }

  /** The code and every group containing it ("RU-VLA" -> RU-VLA, RU-CFD, RU, EAEU, CIS, WORLD): the delivery areas that reach it. */
  reaching(code: string): string[] {
    return [code, ...(this.byCode.get(code)?.groups ?? [])];
  }

  /**
   * Whether delivery to `area` reaches `place` (stored values: codes, or text no entry is known by): the
   * same region, or a group containing it (a country, the Central Federal District, the EAEU). Text
   * no entry is known by only equals itself (compared by nameKey).
   */
  covers(area: string, place: string): Coverage {
    const a = this.codeOf(area);
    const p = this.codeOf(place);
    if (a && p) {
      if (a === p) return 'same';
      return this.byCode.get(p)!.groups.includes(a) ? 'broad' : null;
    }
    if (a || p) return null;
    const key = nameKey(area);
    return key !== '' && key === nameKey(place) ? 'same' : null;
  }
}

let table: RegionTable | undefined;

/** The region table of this process (read on first use). */
export function regionTable(): RegionTable {
  if (!table) {
    const file = readReferenceFile<RegionEntry>('regions');
    table = new RegionTable(file.entries, nameIndexOf(file));
  }
  return table;
}
