import { Injectable } from '@nestjs/common';
import type { ReferenceInput } from '@tradebridge/reference';
import type { DeepPartial } from 'typeorm';
import { ListingService } from '../listings/listing.service.js';
import { Offering } from './offering.entity.js';
import type { OfferingInput } from './offering.input.js';
import { OFFERING } from './offering.rules.js';

/** Offerings: the listing core (ListingService) with an offering's own fields. */
@Injectable()
export class OfferingService extends ListingService<Offering, OfferingInput> {
  readonly kind = OFFERING;

  protected fieldsOf(input: OfferingInput, refs: ReferenceInput): DeepPartial<Offering> {
    return {
      kind: input.kind,
      minOrderQuantity: input.minOrderQuantity ?? null,
      unit: refs.unit('input.unit', input.unit),
      leadTimeDays: input.leadTimeDays ?? null,
      certifications: refs.certifications(input.certifications),
      deliveryRegions: refs.regions('input.deliveryRegions', input.deliveryRegions),
      validUntil: input.validUntil ?? null,
    };
  }
}
