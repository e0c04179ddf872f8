import type { Locale } from '@tradebridge/core';
import type { Certification } from '../certifications/certification-table.js';
import { inLocale } from '../localized.js';
import type { Region } from '../regions/region-table.js';
import type { Unit } from '../units/unit-table.js';
import type { Country } from './country.enum.js';
import type { CertificationView, RegionKind, RegionView, UnitDimension, UnitView } from './reference.types.js';

/** A region as GraphQL shows it to a reader of `locale`. */
export function regionView(region: Region, locale: Locale): RegionView {
  return {
    code: region.code,
    name: inLocale(region.name, locale),
    nameRu: region.name.ru,
    nameEn: region.name.en,
    kind: region.kind as RegionKind,
    country: region.country as Country | null,
    groups: [...region.groups],
    regions: [...region.regions],
  };
}

export function unitView(unit: Unit, locale: Locale): UnitView {
  return {
    code: unit.code,
    name: inLocale(unit.name, locale),
    shortName: inLocale(unit.short, locale),
    nameRu: unit.name.ru,
    nameEn: unit.name.en,
    shortRu: unit.short.ru,
    shortEn: unit.short.en,
    dimension: unit.dimension as UnitDimension,
    factor: unit.factor,
  };
}

export function certificationView(certification: Certification, locale: Locale): CertificationView {
  return {
    code: certification.code,
    name: inLocale(certification.name, locale),
    fullName: inLocale(certification.full, locale),
    nameRu: certification.name.ru,
    nameEn: certification.name.en,
    implies: [...certification.implies],
  };
}
