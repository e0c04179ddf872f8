import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import type { DeepPartial } from 'typeorm';
import { ListingService } from '../listings/listing.service.js';
import { CatalogOutbox } from '../shared/catalog-outbox.js';
import { cleanList, cleanOptional } from '../shared/listing-fields.js';
import { priceColumnsOf } from '../shared/price-range.input.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Offering } from './offering.entity.js';
import type { OfferingInput } from './offering.input.js';
import { OFFERING } from './offering.rules.js';

/** Offerings: the listing core (ListingService) with an offering's own fields. */
@Injectable()
export class OfferingService extends ListingService<Offering, OfferingInput> {
  constructor(tx: TransactionHost, taxonomy: TaxonomyService, outbox: CatalogOutbox) {
    super(OFFERING, tx, taxonomy, outbox);
  }

  protected fieldsOf(input: OfferingInput): DeepPartial<Offering> {
    const price = priceColumnsOf(input.price);
    return {
      kind: input.kind,
      priceMin: price.min,
      priceMax: price.max,
      currency: price.currency,
      minOrderQuantity: input.minOrderQuantity ?? null,
      unit: cleanOptional(input.unit),
      leadTimeDays: input.leadTimeDays ?? null,
      certifications: cleanList(input.certifications),
      deliveryRegions: cleanList(input.deliveryRegions),
      validUntil: input.validUntil ?? null,
    };
  }
}
