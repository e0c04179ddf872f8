import { Module, type DynamicModule } from '@nestjs/common';
import { CatalogModule } from '@tradebridge/catalog';
import { ConfigModule, DatabaseModule, type AppConfig, type Logger } from '@tradebridge/core';
import { DemoModule } from '@tradebridge/demo';
import { IdentityModule } from '@tradebridge/identity';
import { SearchModule } from '@tradebridge/search';

/** What the operator commands need: the database, search and the slices, without HTTP or GraphQL. */
@Module({})
export class CliModule {
  static register(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config, logger), DatabaseModule, SearchModule.forRoot(), IdentityModule, CatalogModule, DemoModule],
    };
  }
}
