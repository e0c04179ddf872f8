import type { Country, ReferenceDataQuery } from '../gql/graphql';

export type ReferenceData = ReferenceDataQuery;
export type ReferenceLanguage = 'ru' | 'en';

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  group: string;
  items: Option[];
}

type Named = { nameRu: string; nameEn: string };
const nameIn = (entry: Named, language: ReferenceLanguage) => (language === 'en' ? entry.nameEn : entry.nameRu);
const collator = (language: ReferenceLanguage) => new Intl.Collator(language);

/** A region's or group's name in the language; the code itself when the table does not know it. */
export function regionName(data: ReferenceData | undefined, code: string, language: ReferenceLanguage): string {
  const region = data?.regions.find((r) => r.code === code);
  return region ? nameIn(region, language) : code;
}

/** A certification's name in the language; the mark as stored when it is not one the table knows. */
export function certificationName(data: ReferenceData | undefined, code: string, language: ReferenceLanguage): string {
  const certification = data?.certifications.find((c) => c.code === code);
  return certification ? nameIn(certification, language) : code;
}

/** The regions of one country (where an organization is), by name. */
export function regionOptions(data: ReferenceData | undefined, country: Country, language: ReferenceLanguage): Option[] {
  const compare = collator(language);
  return (data?.regions ?? [])
    .filter((r) => r.kind === 'REGION' && r.country === country)
    .map((r) => ({ value: r.code, label: nameIn(r, language) }))
    .sort((a, b) => compare.compare(a.label, b.label));
}

/**
 * Where a need may be delivered: the groups (a country, Russia's Central Federal District, the EAEU...) first,
 * then each country's regions by name. `countryName` heads each country's list.
 */
export function deliveryRegionOptions(
  data: ReferenceData | undefined,
  language: ReferenceLanguage,
  headings: { areas: string; countryName(country: Country): string },
): OptionGroup[] {
  const groups = (data?.regions ?? []).filter((r) => r.kind !== 'REGION').map((r) => ({ value: r.code, label: nameIn(r, language) }));
  const countries: Country[] = ['RU', 'BY'];
  const byCountry = countries.map((country) => ({ group: headings.countryName(country), items: regionOptions(data, country, language) }));
  return [{ group: headings.areas, items: groups }, ...byCountry].filter((g) => g.items.length > 0);
}

/** Units by dimension as the table orders them: "шт — штука". */
export function unitOptions(data: ReferenceData | undefined, language: ReferenceLanguage): Option[] {
  return (data?.units ?? []).map((u) => {
    const short = language === 'en' ? u.shortEn : u.shortRu;
    const name = nameIn(u, language);
    return { value: u.code, label: short === name ? name : `${short} — ${name}` };
  });
}

/** A unit's short form in the language ("шт" / "pcs"); null for none. */
export function unitShort(data: ReferenceData | undefined, code: string | null | undefined, language: ReferenceLanguage): string | null {
  if (!code) return null;
  const unit = unitOf(data, code);
  return unit ? (language === 'en' ? unit.shortEn : unit.shortRu) : code;
}

const unitOf = (data: ReferenceData | undefined, code: string | null | undefined) => data?.units.find((u) => u.code === code);

/**
 * A unit as it reads after one quantity (`amount`) or after "per" (`amount` null). Russian short forms do
 * not change ("1 шт", "10 шт", "за шт"); English ones are plural ("pcs"), so one and "per" take the unit's
 * singular name ("1 piece", "per piece", "per tonne") and other amounts the short form ("10 pcs", "5 t").
 */
export function unitAfter(data: ReferenceData | undefined, code: string | null | undefined, amount: number | null, language: ReferenceLanguage): string | null {
  const unit = language === 'en' && (amount === null || amount === 1) ? unitOf(data, code) : undefined;
  return unit ? unit.nameEn : unitShort(data, code, language);
}

/** The certifications' names in the language, for a picker that also takes marks the table does not know. */
export function certificationNames(data: ReferenceData | undefined, language: ReferenceLanguage): string[] {
  return (data?.certifications ?? []).map((c) => nameIn(c, language));
}

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The code of a certification typed or picked by name (in either language) or code; anything else as typed
 * (the API keeps other marks, normalised).
 */
export function certificationCodeOf(data: ReferenceData | undefined, text: string): string {
  const wanted = fold(text);
  const known = data?.certifications.find((c) => [c.code, c.nameRu, c.nameEn].some((n) => fold(n) === wanted));
  return known ? known.code : text.trim();
}
