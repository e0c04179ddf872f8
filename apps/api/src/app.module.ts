import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AccessGuard,
  APP_CONFIG,
  Authenticator,
  ConfigModule,
  DatabaseModule,
  DecimalScalar,
  graphqlOptions,
  InputValidationPipe,
  RateLimitGuard,
  LOGGER,
  UnauthenticatedError,
  type AppConfig,
  type Logger,
} from '@tradebridge/core';
import { CatalogModule } from '@tradebridge/catalog';
import { ContactsModule } from '@tradebridge/contacts';
import { DemoModule } from '@tradebridge/demo';
import { IdentityModule } from '@tradebridge/identity';
import { SearchModule } from '@tradebridge/search';
import { MatchingModule } from '@tradebridge/matching';
import { NotificationsModule } from '@tradebridge/notifications';
import { StatsModule } from '@tradebridge/stats';
import { StartupService } from './bootstrap/startup.service.js';
import { DevMailController } from './dev-mail/dev-mail.controller.js';
import { HealthController } from './health/health.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';

/** Used when no slice provides authentication (never in the full app): every token is refused. */
const refuseTokens: Authenticator = { authenticate: () => Promise.reject(new UnauthenticatedError('Invalid token')) };

/** The GraphQL API: the domain slices behind one GraphQL edge. Nothing domain-specific lives here. */
@Module({})
export class AppModule {
  static register(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, logger),
        DatabaseModule,
        SearchModule.forRoot(),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [APP_CONFIG, LOGGER, { token: Authenticator, optional: true }],
          useFactory: (cfg: AppConfig, log: Logger, authenticator?: Authenticator) =>
            graphqlOptions(cfg, authenticator ?? refuseTokens, log),
        }),
        IdentityModule,
        CatalogModule,
        NotificationsModule,
        ContactsModule,
        StatsModule,
        MatchingModule,
        DemoModule,
      ],
      // /dev/mail shows the embedded catcher's mail: never in production.
      controllers: [HealthController, MetricsController, ...(config.nodeEnv === 'production' ? [] : [DevMailController])],
      providers: [
        DecimalScalar,
        StartupService,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
      ],
    };
  }
}
