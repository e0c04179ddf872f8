import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PinoNestLogger, repoPath, requestIdOf, runInRequestScope, type AppConfig, type Logger } from '@tradebridge/core';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import { serveWebApp } from './web/web-app.js';

export interface CreateAppOptions {
  /** The built web app to serve at `/` (default dist/apps/web; nothing is served when it holds no build, or for null). */
  webDir?: string | null;
}

/** Builds the HTTP application (used by main.ts and by the e2e harness). */
export async function createApp(config: AppConfig, logger: Logger, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
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
      // Helmet's default policy in production fits the web app: its scripts are files of its own origin, and
      // Mantine's injected <style> elements and style attributes are covered by style-src 'unsafe-inline'.
      // Off in development, where Apollo's landing page and Vite's dev server inject scripts.
      contentSecurityPolicy: config.nodeEnv === 'production' ? undefined : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  const webDir = options.webDir === undefined ? repoPath('dist/apps/web') : options.webDir;
  if ((!webDir || !serveWebApp(app, webDir)) && config.nodeEnv === 'production') {
    logger.warn('dist/apps/web holds no build: the web app is not served (run npm run build)');
  }
  await app.init();
  return app;
}
