// Shapes of the demo and benchmark data: plain objects, independent of Nest and TypeORM,
// so the seeding code and the bench tools can map them onto whatever they persist.

export type DemoCountry = 'BY' | 'RU';
export type DemoCurrency = 'BYN' | 'RUB' | 'USD' | 'EUR' | 'CNY';
export type DemoOfferingKind = 'PRODUCT' | 'SERVICE' | 'PARTNERSHIP';
export type DemoListingStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
export type DemoNeedStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'FULFILLED';

export interface DemoUser {
  email: string;
  password: string;
  displayName: string;
  position?: string;
  phone?: string;
  locale: 'RU' | 'EN';
  role: 'OWNER' | 'MEMBER';
}

export interface DemoOrganization {
  /** Stable key used by listings (`orgKey`) and in listing keys ("off-maz-001"). */
  key: string;
  name: string;
  country: DemoCountry;
  /** "Minsk", "Minsk Region", "Gomel Region", ... or "Vladimir Oblast". */
  region: string;
  city?: string;
  /** UNP (BY, 9 digits) or INN (RU, 10 digits) with a valid check digit. */
  taxId: string;
  sectorCodes: string[];
  website?: string;
  description?: string;
  verified: boolean;
  /** The first user is the organization's OWNER. */
  users: DemoUser[];
}

/** Decimal amounts as strings ("350000.00"), never floats. */
export interface DemoPriceRange {
  min?: string;
  max?: string;
  currency: DemoCurrency;
}

export interface DemoOffering {
  key: string;
  orgKey: string;
  kind: DemoOfferingKind;
  title: string;
  description: string;
  categoryCode: string;
  keywords: string[];
  price?: DemoPriceRange;
  minOrderQuantity?: number;
  unit?: string;
  leadTimeDays?: number;
  certifications: string[];
  deliveryRegions: string[];
  status: DemoListingStatus;
  /** ISO 8601. */
  validUntil?: string;
}

export interface DemoNeed {
  key: string;
  orgKey: string;
  title: string;
  description: string;
  categoryCode: string;
  keywords: string[];
  quantity?: number;
  unit?: string;
  /** Per unit of `unit`, like an offering's price, so the two compare directly. */
  budget?: DemoPriceRange;
  /** ISO 8601. */
  neededBy?: string;
  deliveryRegion: string;
  requiredCertifications: string[];
  status: DemoNeedStatus;
}

export interface DemoCatalog {
  organizations: DemoOrganization[];
  offerings: DemoOffering[];
  needs: DemoNeed[];
}
