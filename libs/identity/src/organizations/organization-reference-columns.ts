import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReferenceColumns } from '@tradebridge/reference';

/** An organization's region is a region code: audited with the other reference columns (`npm run search:check`). */
@Injectable()
export class OrganizationReferenceColumns implements OnModuleInit {
  constructor(private readonly columns: ReferenceColumns) {}

  onModuleInit(): void {
    this.columns.register({ table: 'organizations', column: 'region', kind: 'region', list: false });
  }
}
