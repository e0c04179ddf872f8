import type { Provider } from '@nestjs/common';
import { CatalogSearchRegistration } from './catalog-search.registration.js';
import { CatalogSearchResolver } from './catalog-search.resolver.js';
import { CatalogSearchService } from './catalog-search.service.js';
import { ListingFactsLoader } from './listing-facts.loader.js';
import { NeedSearchSource } from './need.search-document.js';
import { OfferingSearchSource } from './offering.search-document.js';
import { OrganizationSearchFanOut } from './organization.search-fan-out.js';

/** The catalog's search integration, provided by CatalogModule (`providers: [..., ...CATALOG_SEARCH_PROVIDERS]`). */
export const CATALOG_SEARCH_PROVIDERS: Provider[] = [
  ListingFactsLoader,
  OfferingSearchSource,
  NeedSearchSource,
  OrganizationSearchFanOut,
  CatalogSearchRegistration,
  CatalogSearchService,
  CatalogSearchResolver,
];
