import { createHmac, timingSafeEqual } from 'node:crypto';
import { NotificationKind } from '../notification-kind.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KINDS = new Set<string>(Object.values(NotificationKind));

/**
 * One-click unsubscribe tokens: `<payload>.<signature>`, base64url, the payload naming the user and the
 * kinds a mail was about, signed with HMAC-SHA256 under a key derived from JWT_SECRET. They do not
 * expire (a link in an old mail still works) and can do one thing only: turn those kinds' mail off.
 * @example const token = new UnsubscribeTokens(secret).sign(userId, ['NEW_MATCH']);
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('tradebridge.mail.unsubscribe.v1').digest();
  }

  sign(userId: string, kinds: readonly NotificationKind[]): string {
    const payload = Buffer.from(`${userId}:${[...new Set(kinds)].sort().join(',')}`, 'utf8').toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The user and kinds of a genuine token; null for anything else. */
  verify(token: string): { userId: string; kinds: NotificationKind[] } | null {
    if (typeof token !== 'string' || token.length > 400) return null;
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const [userId, list] = Buffer.from(payload, 'base64url').toString('utf8').split(':');
    const kinds = (list ?? '').split(',');
    if (!UUID.test(userId ?? '') || kinds.length === 0 || !kinds.every((k) => KINDS.has(k))) return null;
    return { userId, kinds: kinds as NotificationKind[] };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
