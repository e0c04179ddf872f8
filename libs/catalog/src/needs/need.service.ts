import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import type { DeepPartial } from 'typeorm';
import { ListingService } from '../listings/listing.service.js';
import { CatalogOutbox } from '../shared/catalog-outbox.js';
import { cleanList, cleanOptional } from '../shared/listing-fields.js';
import { priceColumnsOf } from '../shared/price-range.input.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Need } from './need.entity.js';
import type { NeedInput } from './need.input.js';
import { NEED } from './need.rules.js';

/** Needs: the listing core (ListingService) with a need's own fields. */
@Injectable()
export class NeedService extends ListingService<Need, NeedInput> {
  constructor(tx: TransactionHost, taxonomy: TaxonomyService, outbox: CatalogOutbox) {
    super(NEED, tx, taxonomy, outbox);
  }

  protected fieldsOf(input: NeedInput): DeepPartial<Need> {
    const budget = priceColumnsOf(input.budget);
    return {
      quantity: input.quantity ?? null,
      unit: cleanOptional(input.unit),
      budgetMin: budget.min,
      budgetMax: budget.max,
      budgetCurrency: budget.currency,
      neededBy: input.neededBy ?? null,
      deliveryRegion: input.deliveryRegion.trim(),
      requiredCertifications: cleanList(input.requiredCertifications),
    };
  }
}
