/** Trimmed items without blanks and without repeats (compared case-insensitively; the first spelling wins). */
export function cleanList(items: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items ?? []) {
    const item = raw.trim().replace(/\s+/g, ' ');
    const key = item.toLocaleLowerCase('ru');
    if (!item || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Trimmed text, or null when absent or blank. */
export function cleanOptional(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}
