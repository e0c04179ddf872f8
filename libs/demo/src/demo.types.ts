// Shapes of the demo and benchmark data: plain objects, independent of Nest and TypeORM,
// so the seeding code and the bench tools can map them onto whatever they persist.
import type { BulkOrganization, BulkUser } from '@tradebridge/identity';

export type DemoCountry = 'BY' | 'RU';
export type DemoCurrency = 'BYN' | 'RUB' | 'USD' | 'EUR' | 'CNY';
export type DemoOfferingKind = 'PRODUCT' | 'SERVICE' | 'PARTNERSHIP';
export type DemoListingStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
export type DemoNeedStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'FULFILLED';

export type DemoUser = BulkUser;

/** An organization as identity's bulk writer takes it; its `key` ("maz") is used by listings (`orgKey`) and in their keys ("off-maz-001"). */
export type DemoOrganization = Omit<BulkOrganization, 'createdAt'>;

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
