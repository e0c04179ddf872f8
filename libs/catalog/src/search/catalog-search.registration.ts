import { Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { SearchRegistry } from '@tradebridge/search';
import { NeedSearchSource } from './need.search-document.js';
import { OfferingSearchSource } from './offering.search-document.js';
import { OrganizationSearchFanOut } from './organization.search-fan-out.js';

/** Puts the catalog's documents into search: offerings, needs, and organization changes fanned out to both. */
@Injectable()
export class CatalogSearchRegistration implements OnModuleInit {
  constructor(
    private readonly offerings: OfferingSearchSource,
    private readonly needs: NeedSearchSource,
    private readonly organizations: OrganizationSearchFanOut,
    @Optional() private readonly registry?: SearchRegistry,
  ) {}

  onModuleInit(): void {
    if (!this.registry) return; // an app without SearchModule (e.g. a CLI command): nothing to index
    this.registry.register(this.offerings);
    this.registry.register(this.needs);
    this.registry.registerFanOut(this.organizations);
  }
}
