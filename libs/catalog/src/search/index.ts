// The catalog's search surface (re-exported by the catalog lib's index).
export { CATALOG_SEARCH_PROVIDERS } from './catalog-search.providers.js';
export { CatalogSearchService, REACHABLE_HITS, type SearchArgs } from './catalog-search.service.js';
export { STEMMED_QUERY_WEIGHT, RERANK_WINDOW, rerankWindow, reranks, rankedHitsOf, categoryCodesOf, offeringSearchPlan, needSearchPlan, federatedRequest, browseRequest, type SearchPlan } from './search-request.js';
export { OfferingFilter, NeedFilter } from './search.inputs.js';
export { OfferingSort, OfferingHit, OfferingSearchResult, NeedHit, NeedSearchResult, Highlight, Facet, FacetValue } from './search.types.js';
export { buildOfferingFilter, buildNeedFilter, checkOfferingFilter, checkNeedFilter, notExpired } from './filter-builder.js';
export { facetLabeller } from './facet-labels.js';
export { categoryStems } from './category-stems.js';
export { OfferingSearchSource, OFFERINGS_INDEX, OFFERING_ENTITY, offeringSettings, type OfferingSearchDocument } from './offering.search-document.js';
export { NeedSearchSource, NEEDS_INDEX, NEED_ENTITY, type NeedSearchDocument } from './need.search-document.js';
export { RAW_SEARCH_FIELDS, STEMMED_SEARCH_FIELDS, HIGHLIGHT_FIELDS, categoryLevelField, type ListingDocument } from './listing-document.js';
export { listingHighlights, scoreOf, facetsOf } from './search-results.js';
export { searchSelectionOf, FULL_SELECTION, type SearchSelection } from './search-selection.js';
