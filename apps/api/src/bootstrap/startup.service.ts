import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { TaxonomyService } from '@tradebridge/catalog';
import { LOGGER, type Logger } from '@tradebridge/core';

/** Start-up work after migrations: reference data at every start. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  constructor(
    private readonly taxonomy: TaxonomyService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const changed = await this.taxonomy.loadTaxonomy();
    if (changed) this.logger.info({ categories: changed }, 'taxonomy loaded');
  }
}
