/** The dashboard's date ranges: from the start of this month, quarter or year (UTC) to now, or everything. */
export const PRESETS = ['month', 'quarter', 'year', 'all'] as const;
export type Preset = (typeof PRESETS)[number];

export function isPreset(value: unknown): value is Preset {
  return typeof value === 'string' && (PRESETS as readonly string[]).includes(value);
}

/** The cooperationStats window of a preset at `now`: ISO instants, or nulls for "all". */
export function rangeOf(preset: Preset, now: Date): { from: string | null; to: string | null } {
  if (preset === 'all') return { from: null, to: null };
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const startMonth = preset === 'month' ? month : preset === 'quarter' ? month - (month % 3) : 0;
  return { from: new Date(Date.UTC(year, startMonth, 1)).toISOString(), to: now.toISOString() };
}

/** Accepted contacts per contact request, or null when there was no request (no rate to show). */
export function conversion(accepted: number, requests: number): number | null {
  return requests > 0 ? accepted / requests : null;
}
