import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tradebridge/core';
import type { Request, Response } from 'express';

/** The cookie that carries the web app's refresh token; page scripts never see it (HttpOnly). */
export const REFRESH_COOKIE = 'tradebridge_refresh';
// Only the GraphQL endpoint needs it: the browser does not send it with pages, assets or /health.
const COOKIE_PATH = '/graphql';

/**
 * The refresh token as an HttpOnly, SameSite=Strict cookie (Secure in production) for browsers, beside the
 * token in the response body for other clients. SameSite=Strict and Apollo's CSRF prevention keep other
 * sites from using it.
 * @example this.cookie.set(ctx.res, session.refreshToken); const token = this.cookie.read(ctx.req);
 */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  read(req: Pick<Request, 'headers'> | undefined): string | undefined {
    const header = req?.headers?.cookie;
    if (!header) return undefined;
    for (const part of header.split(';')) {
      const at = part.indexOf('=');
      if (at > 0 && part.slice(0, at).trim() === REFRESH_COOKIE) {
        const value = part.slice(at + 1).trim();
        try {
          return decodeURIComponent(value) || undefined;
        } catch {
          return undefined;
        }
      }
    }
    return undefined;
  }

  set(res: Response | undefined, token: string): void {
    res?.cookie(REFRESH_COOKIE, token, { ...this.options(), maxAge: this.config.refreshTokenTtlSeconds * 1000 });
  }

  clear(res: Response | undefined): void {
    res?.clearCookie(REFRESH_COOKIE, this.options());
  }

  private options() {
    return { httpOnly: true, sameSite: 'strict' as const, secure: this.config.nodeEnv === 'production', path: COOKIE_PATH };
  }
}
