import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';
import { TransactionHost } from './transaction-host.js';

/** The TypeORM connection (entities registered by each slice with `TypeOrmModule.forFeature`), TransactionHost and the shared rate-limit counters. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), autoLoadEntities: true }),
    }),
  ],
  providers: [TransactionHost, RateLimitService],
  exports: [TransactionHost, RateLimitService],
})
export class DatabaseModule {}
