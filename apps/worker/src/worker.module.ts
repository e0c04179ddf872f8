import { Module, type DynamicModule } from '@nestjs/common';
import { CatalogModule } from '@tradebridge/catalog';
import { ConfigModule, DatabaseModule, type AppConfig, type Logger } from '@tradebridge/core';
import { IdentityModule } from '@tradebridge/identity';
import { MatchingModule } from '@tradebridge/matching';
import { NotificationsModule } from '@tradebridge/notifications';
import { SearchModule } from '@tradebridge/search';

/**
 * The outbox relays (search with match alerts; mail with the daily digest) without the HTTP API, for deployments
 * that scale them apart. Run it with RELAY_ENABLED=false on the API replicas, or alongside them: relays share the outbox safely.
 */
@Module({})
export class WorkerModule {
  static register(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config, logger), DatabaseModule, SearchModule.forRoot(), IdentityModule, CatalogModule, MatchingModule, NotificationsModule],
    };
  }
}
