import { Resolver } from '@nestjs/graphql';
import { listingFieldsResolver, listingResolver } from '../listings/listing.resolver.js';
import { Need } from './need.entity.js';
import { NeedLoaders } from './need.loaders.js';
import { NEED } from './need.rules.js';
import { NeedService } from './need.service.js';

/** need(id), createNeed, updateNeed, setNeedStatus: the listing core's resolver for needs. */
@Resolver(() => Need)
export class NeedResolver extends listingResolver(NEED, NeedService, NeedLoaders) {}

/** Need.organization, .category and .budget (per unit). */
@Resolver(() => Need)
export class NeedFieldsResolver extends listingFieldsResolver(NEED) {}
