import { Injectable } from '@nestjs/common';
import type { DeepPartial } from 'typeorm';
import { ListingService } from '../listings/listing.service.js';
import { cleanList, cleanOptional } from '../shared/listing-fields.js';
import { Need } from './need.entity.js';
import type { NeedInput } from './need.input.js';
import { NEED } from './need.rules.js';

/** Needs: the listing core (ListingService) with a need's own fields. */
@Injectable()
export class NeedService extends ListingService<Need, NeedInput> {
  readonly kind = NEED;

  protected fieldsOf(input: NeedInput): DeepPartial<Need> {
    return {
      quantity: input.quantity ?? null,
      unit: cleanOptional(input.unit),
      neededBy: input.neededBy ?? null,
      deliveryRegion: input.deliveryRegion.trim(),
      requiredCertifications: cleanList(input.requiredCertifications),
    };
  }
}
