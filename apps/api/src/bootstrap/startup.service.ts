import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { TaxonomyService } from '@tradebridge/catalog';
import { APP_CONFIG, LOGGER, type AppConfig, type Logger } from '@tradebridge/core';
import { DemoSeeder } from '@tradebridge/demo';
import { UserService } from '@tradebridge/identity';

/** Start-up work after migrations: reference data at every start, the first admin, demo data on first start. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly users: UserService,
    private readonly demo: DemoSeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const changed = await this.taxonomy.loadTaxonomy();
    if (changed) this.logger.info({ categories: changed }, 'taxonomy loaded');
    if (this.config.adminEmail && this.config.adminPassword) {
      // Refused (the start stops with the reason) when the address belongs to an account with another password.
      const { user, created } = await this.users.ensureAdmin(this.config.adminEmail, this.config.adminPassword);
      this.logger.info({ userId: user.id, created }, 'platform admin ensured (ADMIN_EMAIL)');
    }
    if (this.config.demoData) {
      const result = await this.demo.seedDemo();
      this.logger.info({ result }, 'demo data checked');
    }
  }
}
