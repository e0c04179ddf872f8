import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tradebridge/core';
import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboxMail } from './mail-outbox-store.js';

/** How a failed send is handled: tried again later, or given up at once (the server refused it for good). */
export type SendFailure = { permanent: boolean; error: string };

/**
 * Sends outbox messages over SMTP (nodemailer, SMTP_URL; a pool of two connections). Each message gets
 * a Message-ID derived from its outbox row, so a copy sent twice after a crash can be told apart.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private transporter: Transporter | undefined;
  private readonly domain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.domain = /@([^>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'tradebridge.local';
  }

  get configured(): boolean {
    return Boolean(this.config.smtpUrl);
  }

  /** Sends one message; resolves to its Message-ID, or rejects with a SendFailure. */
  async send(mail: OutboxMail): Promise<string> {
    if (!this.config.smtpUrl) throw { permanent: false, error: 'SMTP_URL is not set' } satisfies SendFailure;
    this.transporter ??= nodemailer.createTransport(
      { url: this.config.smtpUrl, pool: true, maxConnections: 2, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
      { from: this.config.mailFrom },
    );
    const messageId = `<mail-${mail.id}@${this.domain}>`;
    try {
      await this.transporter.sendMail({
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId,
      });
      return messageId;
    } catch (error) {
      throw classify(error);
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
    this.transporter = undefined;
  }
}

/** Messages nodemailer cannot even build (no valid recipient): sending again will not help. */
const MALFORMED = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * 5xx answers (mailbox unknown, message refused) and malformed messages are final; connection trouble,
 * 4xx answers and authentication failures (an operator fixes SMTP_URL) are retried.
 */
export function classify(error: unknown): SendFailure {
  const e = error as { responseCode?: number; code?: string; message?: string } | null;
  const code = e?.responseCode;
  const refused = typeof code === 'number' && code >= 500 && code < 600 && e?.code !== 'EAUTH';
  const permanent = refused || (code === undefined && MALFORMED.has(e?.code ?? ''));
  return { permanent, error: `${e?.code ?? 'ERROR'}${code ? ` ${code}` : ''}: ${e?.message ?? String(error)}` };
}
