import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PinoNestLogger, requestIdOf, runInRequestScope, type AppConfig, type Logger } from '@tradebridge/core';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';

/** Builds the HTTP application (used by main.ts and by the e2e harness). */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: false } : false,
  });
  app.set('trust proxy', config.trustProxy);
  app.use((req: Request & { id?: string }, res: Response, next: NextFunction) => {
    req.id = requestIdOf(req);
    res.setHeader('x-request-id', req.id);
    next();
  });
  app.useBodyParser('json', { limit: '1mb' });
  // After the body parser (its stream callbacks would leave the scope): everything that handles the
  // request from here on, and every line it logs, knows the request id; its SQL statements are counted.
  app.use((req: Request & { id?: string }, _res: Response, next: NextFunction) => runInRequestScope(req.id!, next));
  app.use(
    helmet({
      // Apollo's landing page loads its own scripts in development; the API itself serves no HTML.
      contentSecurityPolicy: config.nodeEnv === 'production' ? undefined : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  await app.init();
  return app;
}
