import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@tradebridge/identity';
import { ReferenceModule } from '@tradebridge/reference';
import { Need } from './needs/need.entity.js';
import { NeedLoaders } from './needs/need.loaders.js';
import { NeedFieldsResolver, NeedResolver } from './needs/need.resolver.js';
import { NeedService } from './needs/need.service.js';
import { Offering } from './offerings/offering.entity.js';
import { OfferingLoaders } from './offerings/offering.loaders.js';
import { OfferingFieldsResolver, OfferingResolver } from './offerings/offering.resolver.js';
import { OfferingService } from './offerings/offering.service.js';
import { CATALOG_SEARCH_PROVIDERS } from './search/catalog-search.providers.js';
import { CatalogSearchService } from './search/catalog-search.service.js';
import { OrganizationCatalogFieldsResolver } from './organizations/organization-catalog-fields.resolver.js';
import { OrganizationListingsLoaders } from './organizations/organization-listings.loaders.js';
import { OrganizationDeactivationListener } from './organizations/organization-deactivation.listener.js';
import { CatalogBulkWriter } from './bulk/catalog-bulk-writer.js';
import { CatalogImport, CatalogImportRow } from './imports/catalog-import.entity.js';
import { ExportService } from './imports/export.service.js';
import { ImportApplier } from './imports/import-applier.js';
import { ImportController } from './imports/import.controller.js';
import { ImportListings } from './imports/import-listings.js';
import { CatalogImportResolver } from './imports/import.resolver.js';
import { ImportService } from './imports/import.service.js';
import { ImportWriter } from './imports/import-writer.js';
import { CatalogOutbox } from './shared/catalog-outbox.js';
import { ListingReferenceColumns } from './shared/listing-reference-columns.js';
import { Category } from './taxonomy/category.entity.js';
import { CategoryLoaders } from './taxonomy/category.loaders.js';
import { CategoryResolver } from './taxonomy/category.resolver.js';
import { TaxonomyService } from './taxonomy/taxonomy.service.js';

/** Taxonomy, offerings and needs: entities, services, loaders and resolvers. */
@Module({
  imports: [TypeOrmModule.forFeature([Category, Offering, Need, CatalogImport, CatalogImportRow]), IdentityModule, ReferenceModule],
  // Uploads and downloads of spreadsheets (imports/): plain HTTP beside GraphQL.
  controllers: [ImportController],
  providers: [
    TaxonomyService,
    CategoryLoaders,
    CategoryResolver,
    CatalogOutbox,
    ListingReferenceColumns,
    CatalogBulkWriter,
    OfferingService,
    OfferingLoaders,
    OfferingResolver,
    OfferingFieldsResolver,
    NeedService,
    NeedLoaders,
    NeedResolver,
    NeedFieldsResolver,
    OrganizationCatalogFieldsResolver,
    OrganizationListingsLoaders,
    OrganizationDeactivationListener,
    ...CATALOG_SEARCH_PROVIDERS,
    ImportListings,
    ImportService,
    ImportWriter,
    ImportApplier,
    ExportService,
    CatalogImportResolver,
  ],
  exports: [TaxonomyService, CategoryLoaders, OfferingService, OfferingLoaders, NeedService, NeedLoaders, CatalogSearchService, CatalogBulkWriter, ImportService, ImportApplier],
})
export class CatalogModule {}
