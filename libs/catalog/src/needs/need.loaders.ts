import { Injectable } from '@nestjs/common';
import { ListingLoaders } from '../listings/listing.loaders.js';
import type { Need } from './need.entity.js';
import { NeedService } from './need.service.js';

/** Per-request need loaders (ListingLoaders) for other slices: contacts, notifications, matching. */
@Injectable()
export class NeedLoaders extends ListingLoaders<Need> {
  constructor(needs: NeedService) {
    super(needs);
  }
}
