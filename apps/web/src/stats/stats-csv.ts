import { conversion } from './stats-range';

export interface SectorFigures {
  code: string;
  name: string;
  offerings: number;
  needs: number;
  contactRequests: number;
  acceptedContacts: number;
}

/** A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180). */
const field = (value: string | number) => {
  const text = String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The dashboard's table as CSV: the header in the page language, then one row per sector and the totals; plain
 * numbers (no grouping), the conversion as a percentage with one decimal, empty where there was no request.
 */
export function statsCsv(header: string[], rows: SectorFigures[], total: { label: string } & Omit<SectorFigures, 'code' | 'name'>): string {
  const rate = (accepted: number, requests: number) => {
    const value = conversion(accepted, requests);
    return value === null ? '' : (value * 100).toFixed(1);
  };
  const lines = [
    header,
    ...rows.map((r) => [r.code, r.name, r.offerings, r.needs, r.contactRequests, r.acceptedContacts, rate(r.acceptedContacts, r.contactRequests)]),
    ['', total.label, total.offerings, total.needs, total.contactRequests, total.acceptedContacts, rate(total.acceptedContacts, total.contactRequests)],
  ];
  // The byte order mark makes spreadsheet programs read the Cyrillic names as UTF-8.
  return '\uFEFF' + lines.map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';
}
