import { createHmac, timingSafeEqual } from 'node:crypto';
import type { KindName } from './import-columns.js';

/** How long a download link works: long enough to click, short enough not to matter once copied. */
export const DOWNLOAD_LINK_SECONDS = 600;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface DownloadGrant {
  userId: string;
  organizationId: string;
  kind: KindName;
  expiresAt: number;
}

/**
 * Signed, short-lived export links, so a browser can download with a plain link (no Authorization
 * header): `<payload>.<signature>` in base64url, HMAC-SHA256 under a key derived from JWT_SECRET, naming
 * the user, the organization and the kind, valid DOWNLOAD_LINK_SECONDS. They can do one thing only:
 * export that organization's listings of that kind, and only while the user is still its member.
 */
export class DownloadLinks {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('tradebridge.catalog.export.v1').digest();
  }

  sign(grant: Omit<DownloadGrant, 'expiresAt'>, now = Date.now()): string {
    const expiresAt = Math.floor(now / 1000) + DOWNLOAD_LINK_SECONDS;
    const payload = Buffer.from(`${grant.userId}:${grant.organizationId}:${grant.kind}:${expiresAt}`, 'utf8').toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The grant of a genuine, unexpired token; null for anything else. */
  verify(token: unknown, now = Date.now()): DownloadGrant | null {
    if (typeof token !== 'string' || token.length > 400) return null;
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const [expected, given] = [Buffer.from(this.mac(payload)), Buffer.from(mac)];
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const [userId, organizationId, kind, expires] = Buffer.from(payload, 'base64url').toString('utf8').split(':');
    const expiresAt = Number(expires);
    if (!UUID.test(userId ?? '') || !UUID.test(organizationId ?? '') || (kind !== 'OFFERING' && kind !== 'NEED')) return null;
    if (!Number.isInteger(expiresAt) || expiresAt * 1000 <= now) return null;
    return { userId, organizationId, kind, expiresAt };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
