import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReferenceColumns } from '@tradebridge/reference';

/** Listings' units, delivery regions and certifications are reference codes: audited by `npm run search:check`. */
@Injectable()
export class ListingReferenceColumns implements OnModuleInit {
  constructor(private readonly columns: ReferenceColumns) {}

  onModuleInit(): void {
    this.columns.register(
      { table: 'offerings', column: 'unit', kind: 'unit', list: false },
      { table: 'offerings', column: 'delivery_regions', kind: 'region', list: true },
      { table: 'offerings', column: 'certifications', kind: 'certification', list: true },
      { table: 'needs', column: 'unit', kind: 'unit', list: false },
      { table: 'needs', column: 'delivery_region', kind: 'region', list: false },
      { table: 'needs', column: 'required_certifications', kind: 'certification', list: true },
    );
  }
}
