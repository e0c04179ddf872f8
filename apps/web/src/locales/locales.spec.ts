import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

// Every text a person reads exists in Russian and English: same files, same keys (plural forms aside:
// Russian has one/few/many/other, English one/other), same {{placeholders}}.
const dir = join(process.cwd(), 'apps/web/src/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

function texts(language: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(dir, language)).filter((f) => f.endsWith('.json')).sort()) {
    const namespace = file.replace(/\.json$/, '');
    for (const [key, text] of flatten(JSON.parse(readFileSync(join(dir, language, file), 'utf8')))) all.set(`${namespace}:${key}`, text);
  }
  return all;
}

/** Keys with plural suffixes folded into one; each maps to the placeholders its forms use. */
function placeholders(all: Map<string, string>): Map<string, string> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of all) {
    const base = key.replace(PLURAL, '');
    const names = out.get(base) ?? new Set<string>();
    for (const match of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) names.add(match[1]);
    out.set(base, names);
  }
  return new Map([...out].map(([key, names]) => [key, [...names].sort().join(',')]));
}

describe('locale files', () => {
  const ru = texts('ru');
  const en = texts('en');

  it('have the same files in both languages', () => {
    expect(readdirSync(join(dir, 'en')).sort()).toEqual(readdirSync(join(dir, 'ru')).sort());
  });

  it('have every key in both languages', () => {
    const ruKeys = [...placeholders(ru).keys()];
    const enKeys = [...placeholders(en).keys()];
    expect(ruKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !ruKeys.includes(k))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const ruNames = placeholders(ru);
    const differing = [...placeholders(en)].filter(([key, names]) => ruNames.get(key) !== names).map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('give Russian plurals all their forms and English ones "one" and "other"', () => {
    const forms = (all: Map<string, string>, base: string) => [...all.keys()].filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k)).map((k) => PLURAL.exec(k)![1]).sort();
    const bases = new Set([...ru.keys(), ...en.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const base of bases) {
      expect([base, forms(ru, base)]).toEqual([base, ['few', 'many', 'one', 'other']]);
      expect([base, forms(en, base)]).toEqual([base, ['one', 'other']]);
    }
  });

  it('leave no text empty', () => {
    const empty = [...ru, ...en].filter(([, text]) => !text.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
