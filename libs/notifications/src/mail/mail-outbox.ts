import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import type { MailMessage } from './mail-message.js';

/**
 * Appends `mail_outbox` rows in the caller's transaction: a message exists only if the change that
 * causes it commits, and the relay sends it afterwards (woken at once after the commit).
 * @example await this.tx.run(async () => { await repo.insert(user); await this.mail.enqueue({ kind: 'identity.email.verify', to, ...rendered }); });
 */
@Injectable()
export class MailOutbox {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly tx: TransactionHost) {}

  async enqueue(messages: MailMessage | readonly MailMessage[]): Promise<void> {
    const list = Array.isArray(messages) ? (messages as readonly MailMessage[]) : [messages as MailMessage];
    if (list.length === 0) return;
    await this.tx.manager.query(
      `INSERT INTO mail_outbox (kind, user_id, recipient, subject, text_body, html_body, headers)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[])`,
      [
        list.map((m) => m.kind),
        list.map((m) => m.userId ?? null),
        list.map((m) => m.to),
        list.map((m) => m.subject),
        list.map((m) => m.text),
        list.map((m) => m.html),
        list.map((m) => JSON.stringify(m.headers ?? {})),
      ],
    );
    this.tx.afterCommit(() => this.listeners.forEach((listener) => listener()));
  }

  /** Called after a committed enqueue (the relay wakes up instead of waiting for its next poll). */
  onEnqueued(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
