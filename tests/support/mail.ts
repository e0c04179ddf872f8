import { setTimeout as sleep } from 'node:timers/promises';
import type { CaughtMail, MailCatcher } from '@tradebridge/runtime';

/** The test app's mail: what its SMTP catcher received, read the way a person would (by recipient and links). */
export interface TestMail {
  /** The app's own catcher (stop and start it to play an SMTP outage). */
  catcher: MailCatcher;
  /** Messages to `to` (any address when omitted), oldest first. */
  messages(to?: string): CaughtMail[];
  /**
   * Polls until at least `count` messages to `to` (matching `where`) have arrived, with a deadline;
   * returns them oldest first.
   */
  waitFor(to: string, options?: { count?: number; where?: (mail: CaughtMail) => boolean; timeoutMs?: number }): Promise<CaughtMail[]>;
}

export function testMail(catcher: MailCatcher): TestMail {
  const messages = (to?: string) =>
    catcher
      .messages()
      .filter((m) => !to || m.recipients.includes(to.toLowerCase()))
      .reverse();
  return {
    catcher,
    messages,
    async waitFor(to, { count = 1, where = () => true, timeoutMs = 20_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages(to).filter(where);
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} mail(s) to ${to} within ${timeoutMs} ms, got ${found.length}: ${JSON.stringify(messages(to).map((m) => m.subject))}`);
        }
        await sleep(50);
      }
    },
  };
}

/** The first absolute link in the mail's text whose path starts with `path`. */
export function linkIn(mail: CaughtMail, path: string): URL {
  for (const match of mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(path)) return url;
  }
  throw new Error(`no link to ${path} in mail "${mail.subject}":\n${mail.text}`);
}

/** The `token` parameter of the mail's first link to `path`. */
export function tokenIn(mail: CaughtMail, path: string): string {
  const token = linkIn(mail, path).searchParams.get('token');
  if (!token) throw new Error(`the link to ${path} in "${mail.subject}" has no token`);
  return token;
}
