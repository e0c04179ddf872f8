import { nameKey } from './name-key.js';

/** One code of a reference table and every name it is known by (its code among them). */
export interface NamedCode {
  code: string;
  names: readonly string[];
}

/**
 * Names to codes, forgiving how a person types them: `nameKey` (case, ё, look-alikes, punctuation) and
 * word rewrites of the table ("обл" -> "область", "region" -> "oblast", "г" -> nothing). A name that
 * would stand for two codes is a mistake in the data: the constructor refuses it.
 * @example new NameIndex([{ code: 'RU-VLA', names: ['Владимирская область', 'Vladimir Oblast'] }], { обл: 'область' }).find('Владимирская обл.') // 'RU-VLA'
 */
export class NameIndex {
  private readonly byKey = new Map<string, string>();
  private readonly rewrites = new Map<string, string[]>();
  /** Every key with its code, in the table's order (suggestions scan them). */
  private readonly keys: Array<{ key: string; code: string }> = [];

  constructor(entries: readonly NamedCode[], rewrites: Readonly<Record<string, string>> = {}) {
    for (const [from, to] of Object.entries(rewrites)) this.rewrites.set(nameKey(from), nameKey(to).split(' ').filter(Boolean));
    for (const { code, names } of entries) {
      for (const name of names) {
        const key = this.key(name);
        if (!key) continue;
        const taken = this.byKey.get(key);
        if (taken !== undefined && taken !== code) throw new Error(`Reference data: "${name}" names both ${taken} and ${code}`);
        if (taken === undefined) {
          this.byKey.set(key, code);
          this.keys.push({ key, code });
        }
      }
    }
  }

  /** The key of `text` in this table: nameKey, then the table's word rewrites. */
  key(text: string): string {
    const words = nameKey(text).split(' ').filter(Boolean);
    return words.flatMap((word) => this.rewrites.get(word) ?? [word]).join(' ');
  }

  /** The code `text` names, or null. */
  find(text: string): string | null {
    const key = this.key(text);
    return key ? (this.byKey.get(key) ?? null) : null;
  }

  /**
   * The codes whose names are closest to `text` (edit distance; a name it begins counts as close), best
   * first, at most `limit`, none farther than one edit behind the best; none when nothing is reasonably
   * close (more edits than 40 % of its length).
   * @example index.suggest('Vladimr') // ['RU-VLA']
   */
  suggest(text: string, limit = 3): string[] {
    const key = this.key(text);
    if (!key) return [];
    const threshold = Math.max(2, Math.ceil(key.length * 0.4));
    const best = new Map<string, number>();
    for (const { key: name, code } of this.keys) {
      let distance = editDistance(key, name);
      if (key.length >= 3 && name.length > key.length) distance = Math.min(distance, editDistance(key, name.slice(0, key.length)) + 1);
      if (distance <= threshold && distance < (best.get(code) ?? Infinity)) best.set(code, distance);
    }
    const ranked = [...best].sort((a, b) => a[1] - b[1]);
    const closest = ranked[0]?.[1] ?? 0;
    return ranked.filter(([, distance]) => distance <= closest + 1).slice(0, limit).map(([code]) => code);
  }
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous2: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
    }
    previous2 = previous;
    previous = current;
  }
  return previous[y.length]!;
}
