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

/**
 * The caller's locale: a signed-in user's own (User.locale), else the first language of the request's
 * Accept-Language the platform speaks, else Russian.
 */
export function localeOf(ctx: Pick<RequestContext, 'user' | 'req'>): Locale {
  if (ctx.user) return ctx.user.locale;
  return acceptedLocale(ctx.req?.headers?.['accept-language']);
}

/** Languages whose readers are served in Russian (Belarusian, Ukrainian, Kazakh, Kyrgyz, Armenian speakers of the EAEU read it). */
const READ_IN_RUSSIAN = new Set(['ru', 'be', 'uk', 'kk', 'ky', 'hy']);

/**
 * The locale an Accept-Language header asks for: its languages by quality (ties in the header's order),
 * the first that is English or read in Russian; Russian when none is.
 * @example acceptedLocale('de-DE,de;q=0.9,en;q=0.8') // 'EN'
 */
export function acceptedLocale(header: string | string[] | undefined): Locale {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (!text) return 'RU';
  const ranges = text
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', quality: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.language && Number.isFinite(r.quality) && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const { language } of ranges) {
    if (language === 'en') return 'EN';
    if (READ_IN_RUSSIAN.has(language)) return 'RU';
  }
  return 'RU';
}
