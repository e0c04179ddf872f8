import { Injectable } from '@nestjs/common';
import { ListingLoaders } from '../listings/listing.loaders.js';
import type { Offering } from './offering.entity.js';
import { OfferingService } from './offering.service.js';

/** Per-request offering loaders (ListingLoaders) for other slices: contacts, notifications, matching. */
@Injectable()
export class OfferingLoaders extends ListingLoaders<Offering> {
  constructor(offerings: OfferingService) {
    super(offerings);
  }
}
