import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Paths the API itself answers (GraphQL, probes, the development mail box, one-click unsubscribe, the import
 * upload with its templates, the exports); the web app never shadows them, even for a GET without an extension.
 */
const API_PATHS = ['/graphql', '/health', '/metrics', '/dev/', '/mail/', '/imports/', '/exports/'];
// Vite names built assets by content hash, so they never change under one URL.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app (dist/apps/web) at `/`: hashed assets with a year-long cache, every client route
 * (a GET for a path without a file extension) with index.html, never cached, so a deploy shows at once.
 * Registered before Nest's routes; the API's own paths pass through untouched. Returns false (serving
 * nothing) when the folder holds no build, e.g. in e2e tests that never built the web app.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  app.useStaticAssets(dir, {
    index: false,
    fallthrough: true,
    setHeaders: (res: Response, path: string) => {
      const cache = path === indexFile ? 'no-cache' : path.startsWith(join(dir, 'assets')) ? IMMUTABLE : 'public, max-age=3600';
      res.setHeader('Cache-Control', cache);
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isClientRoute(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(index);
  });
  return true;
}

/** A path the web app's router owns: not an API path, and not a file (a missing asset stays a 404). */
export function isClientRoute(path: string): boolean {
  if (API_PATHS.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))) return false;
  return extname(path) === '';
}
