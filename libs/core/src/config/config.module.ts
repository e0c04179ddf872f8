import { DynamicModule, Global, Module } from '@nestjs/common';
import { LOGGER, type Logger } from '../logging/logger.js';
import { APP_CONFIG, type AppConfig } from './app-config.js';

/** Makes the validated AppConfig (`@Inject(APP_CONFIG)`) and the process logger (`@Inject(LOGGER)`) injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, LOGGER],
    };
  }
}
