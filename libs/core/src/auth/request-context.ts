import type { Request, Response } from 'express';
import { LoaderRegistry } from '../loaders/loader-registry.js';

export type PlatformRole = 'USER' | 'ADMIN';
export type MembershipRole = 'OWNER' | 'MEMBER';
export type Locale = 'RU' | 'EN';

/** Who is calling: resolved once per request from the access token. */
export interface RequestUser {
  id: string;
  email: string;
  platformRole: PlatformRole;
  locale: Locale;
  organizationId: string | null;
  membershipRole: MembershipRole | null;
  /** The address has been proven by a link mailed to it (unverified accounts may only browse). */
  emailVerified: boolean;
  /** The session the access token belongs to (absent for callers built outside a request). */
  sessionId?: string | null;
}

/** The GraphQL context of one request. */
export interface RequestContext {
  req: Request;
  res: Response;
  requestId: string;
  clientIp: string;
  user: RequestUser | null;
  /** Per-request DataLoaders; created on first use, dropped with the request. */
  loaders: LoaderRegistry;
}

export function isAdmin(user: RequestUser | null): boolean {
  return user?.platformRole === 'ADMIN';
}

/** Members of the organization and platform admins. */
export function canActFor(user: RequestUser | null, organizationId: string): boolean {
  return Boolean(user) && (user!.organizationId === organizationId || isAdmin(user));
}

/** The caller's locale, Russian by default (anonymous callers may send Accept-Language). */
export function localeOf(ctx: Pick<RequestContext, 'user' | 'req'>): Locale {
  if (ctx.user) return ctx.user.locale;
  const header = ctx.req?.headers?.['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header) ? 'EN' : 'RU';
}
