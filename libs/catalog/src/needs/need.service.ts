import { Injectable } from '@nestjs/common';
import type { ReferenceInput } from '@tradebridge/reference';
import type { DeepPartial } from 'typeorm';
import { ListingService } from '../listings/listing.service.js';
import { Need } from './need.entity.js';
import type { NeedInput } from './need.input.js';
import { NEED } from './need.rules.js';

/** Needs: the listing core (ListingService) with a need's own fields. */
@Injectable()
export class NeedService extends ListingService<Need, NeedInput> {
  readonly kind = NEED;

  protected fieldsOf(input: NeedInput, refs: ReferenceInput): DeepPartial<Need> {
    return {
      quantity: input.quantity ?? null,
      unit: refs.unit('input.unit', input.unit),
      neededBy: input.neededBy ?? null,
      deliveryRegion: refs.region('input.deliveryRegion', input.deliveryRegion) ?? '',
      requiredCertifications: refs.certifications(input.requiredCertifications),
    };
  }
}
