// Reference data: regions (ISO 3166-2 and the groups around them), units of measurement (OKEI) and
// certifications, with names in Russian and English. Imports only core; identity, the catalog,
// matching, search and statistics read codes and labels from here.
export * from './reference.module.js';
export { inLocale, collatorOf } from './localized.js';
export { regionTable, RegionTable, type Region, type RegionKind as RegionKindName, type Coverage } from './regions/region-table.js';
export { unitTable, UnitTable, type Unit, type UnitDimension as UnitDimensionName } from './units/unit-table.js';
export { certificationTable, CertificationTable, type Certification } from './certifications/certification-table.js';
export { ReferenceInput, type RegionRule } from './reference-input.js';
export { Country } from './graphql/country.enum.js';
export { RegionKind, UnitDimension, RegionView, UnitView, CertificationView } from './graphql/reference.types.js';
export { regionView, unitView, certificationView } from './graphql/reference-views.js';
export { ReferenceColumns, ReferenceAudit, formatReferenceAudit, type ReferenceColumn, type ColumnAudit } from './audit/reference-audit.js';
