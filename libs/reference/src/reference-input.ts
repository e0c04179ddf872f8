import { ValidationFailed, type FieldError, type Locale } from '@tradebridge/core';
import { certificationTable } from './certifications/certification-table.js';
import { inLocale } from './localized.js';
import { regionTable, type Region } from './regions/region-table.js';
import { unitTable, type Unit } from './units/unit-table.js';

type Country = 'BY' | 'RU';

const COUNTRY_NAME: Record<Country, Record<Locale, string>> = {
  BY: { RU: 'в Беларуси', EN: 'in Belarus' },
  RU: { RU: 'в России', EN: 'in Russia' },
};

const TEXT = {
  RU: {
    unknownRegion: (value: string) => `неизвестный регион «${value}»`,
    unknownUnit: (value: string) => `неизвестная единица измерения «${value}»`,
    didYouMean: (names: string) => `; возможно, ${names}?`,
    regionHint: ': укажите код ISO 3166-2 (например, RU-VLA) или название региона на русском или английском (список — запрос regions)',
    unitHint: ': укажите код ОКЕИ (например, 796) или обозначение единицы на русском или английском (список — запрос units)',
    notInCountry: (region: string, country: Country) => `${region} — не ${COUNTRY_NAME[country].RU}`,
    group: (region: string) => `${region} — группа регионов; укажите один регион`,
  },
  EN: {
    unknownRegion: (value: string) => `unknown region "${value}"`,
    unknownUnit: (value: string) => `unknown unit "${value}"`,
    didYouMean: (names: string) => `; did you mean ${names}?`,
    regionHint: ': give an ISO 3166-2 code (such as RU-VLA) or a region\'s name in Russian or English (the regions query lists them)',
    unitHint: ': give an OKEI code (such as 796) or a unit\'s name or short form in Russian or English (the units query lists them)',
    notInCountry: (region: string, country: Country) => `${region} is not ${COUNTRY_NAME[country].EN}`,
    group: (region: string) => `${region} is a group of regions: name one region`,
  },
} as const;

export interface RegionRule {
  /** The region must lie in this country (an organization's own region). */
  country?: Country;
  /** Only a region proper, not a group (a country, a district, the EAEU). */
  regionOnly?: boolean;
}

/**
 * Maps the reference values of one input to codes, collecting a field error (with the closest known
 * names, in the caller's language) for each value no entry is known by; `check()` throws them all at
 * once, with whatever else the caller found wrong.
 * @example const refs = new ReferenceInput(caller.locale); const code = refs.region('input.region', input.region); refs.check();
 */
export class ReferenceInput {
  readonly errors: FieldError[] = [];

  constructor(readonly locale: Locale) {}

  /** A region's code for a code or a name in either language; null (and an error) otherwise. */
  region(path: string, value: string, rule: RegionRule = {}): string | null {
    const t = TEXT[this.locale] ?? TEXT.RU;
    const regions = regionTable();
    const region = regions.find(value);
    if (!region) {
      const suggestions = regions.suggest(value).map((r) => this.named(r));
      this.refuse(path, value, t.unknownRegion(value.trim()), suggestions, t.regionHint);
      return null;
    }
    if (rule.regionOnly && region.kind !== 'REGION') {
      this.errors.push({ path, value, message: t.group(this.described(region)) });
      return null;
    }
    if (rule.country && region.country !== rule.country) {
      this.errors.push({ path, value, message: t.notInCountry(this.described(region), rule.country) });
      return null;
    }
    return region.code;
  }

  /** Codes of a list of regions, each once, in order; every unknown one is an error of `path`. */
  regions(path: string, values: readonly string[] | null | undefined, rule: RegionRule = {}): string[] {
    const codes = (values ?? []).filter((v) => v.trim() !== '').map((v) => this.region(path, v, rule));
    return [...new Set(codes.filter((c): c is string => c !== null))];
  }

  /** A unit's OKEI code for a code, a name or a short form in either language; null (and an error) otherwise. */
  unit(path: string, value: string | null | undefined): string | null {
    if (value == null || value.trim() === '') return null;
    const t = TEXT[this.locale] ?? TEXT.RU;
    const units = unitTable();
    const unit = units.find(value);
    if (unit) return unit.code;
    const suggestions = units.suggest(value).map((u) => this.unitNamed(u));
    this.refuse(path, value, t.unknownUnit(value.trim()), suggestions, t.unitHint);
    return null;
  }

  /** Certifications as stored: known ones by code, any other mark in its canonical form (never refused). */
  certifications(values: readonly string[] | null | undefined): string[] {
    return certificationTable().canonicalAll((values ?? []).filter((v) => v.trim() !== ''));
  }

  /** Throws BAD_USER_INPUT with every error found (these and `others`), if any. */
  check(others: readonly FieldError[] = []): void {
    const all = [...others, ...this.errors];
    if (all.length > 0) throw new ValidationFailed(all);
  }

  private refuse(path: string, value: string, message: string, suggestions: Array<{ code: string; name: string }>, hint: string): void {
    const t = TEXT[this.locale] ?? TEXT.RU;
    const text = suggestions.length ? message + t.didYouMean(suggestions.map((s) => `${s.name} (${s.code})`).join(', ')) : message + hint;
    this.errors.push({ path, value, message: text, suggestions });
  }

  private named(region: Region): { code: string; name: string } {
    return { code: region.code, name: inLocale(region.name, this.locale) };
  }

  private unitNamed(unit: Unit): { code: string; name: string } {
    return { code: unit.code, name: `${inLocale(unit.short, this.locale)} — ${inLocale(unit.name, this.locale)}` };
  }

  private described(region: Region): string {
    return `${inLocale(region.name, this.locale)} (${region.code})`;
  }
}
