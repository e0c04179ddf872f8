import { Module } from '@nestjs/common';
import { ReferenceAudit, ReferenceColumns } from './audit/reference-audit.js';
import { ReferenceResolver } from './graphql/reference.resolver.js';

/** The regions, units and certifications queries, and the audit of the columns the slices register. */
@Module({
  providers: [ReferenceResolver, ReferenceColumns, ReferenceAudit],
  exports: [ReferenceColumns, ReferenceAudit],
})
export class ReferenceModule {}
