import { Resolver } from '@nestjs/graphql';
import { listingFieldsResolver, listingResolver } from '../listings/listing.resolver.js';
import { Offering } from './offering.entity.js';
import { OfferingLoaders } from './offering.loaders.js';
import { OFFERING } from './offering.rules.js';
import { OfferingService } from './offering.service.js';

/** offering(id), createOffering, updateOffering, setOfferingStatus: the listing core's resolver for offerings. */
@Resolver(() => Offering)
export class OfferingResolver extends listingResolver(OFFERING, OfferingService, OfferingLoaders) {}

/** Offering.organization, .category and .price. */
@Resolver(() => Offering)
export class OfferingFieldsResolver extends listingFieldsResolver(OFFERING) {}
