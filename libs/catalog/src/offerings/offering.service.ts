import { Injectable } from '@nestjs/common';
import type { DeepPartial } from 'typeorm';
import { ListingService } from '../listings/listing.service.js';
import { cleanList, cleanOptional } from '../shared/listing-fields.js';
import { Offering } from './offering.entity.js';
import type { OfferingInput } from './offering.input.js';
import { OFFERING } from './offering.rules.js';

/** Offerings: the listing core (ListingService) with an offering's own fields. */
@Injectable()
export class OfferingService extends ListingService<Offering, OfferingInput> {
  readonly kind = OFFERING;

  protected fieldsOf(input: OfferingInput): DeepPartial<Offering> {
    return {
      kind: input.kind,
      minOrderQuantity: input.minOrderQuantity ?? null,
      unit: cleanOptional(input.unit),
      leadTimeDays: input.leadTimeDays ?? null,
      certifications: cleanList(input.certifications),
      deliveryRegions: cleanList(input.deliveryRegions),
      validUntil: input.validUntil ?? null,
    };
  }
}
