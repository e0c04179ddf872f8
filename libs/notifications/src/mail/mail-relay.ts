import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, LOGGER, type AppConfig, type Logger } from '@tradebridge/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { MailOutbox } from './mail-outbox.js';
import { MailOutboxStore, type OutboxMail } from './mail-outbox-store.js';
import { MailTransport, type SendFailure } from './mail-transport.js';

const BATCH = 20;
const LEASE_MS = 120_000;
/** Attempts before a message that keeps failing is given up (recorded dead, kept for a look). */
export const MAIL_MAX_ATTEMPTS = 25;
const POLL_MS = 1000;
const CLEANUP_EVERY_MS = 3_600_000;
const RETENTION_DAYS = 30;

export interface MailBatchOutcome {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
}

/**
 * Sends `mail_outbox` over SMTP: claims due messages (any number of relays may run: API replicas and
 * workers), sends each and marks it sent at once, or schedules a retry with capped exponential backoff
 * (MAIL_RETRY_BASE_MS .. MAIL_RETRY_MAX_MS, with jitter), or records it dead after a permanent refusal or
 * MAIL_MAX_ATTEMPTS tries. SMTP down loses nothing: messages wait and go out once it answers again.
 * Runs with RELAY_ENABLED when SMTP_URL is set; woken by commits, else polls every second.
 * @example await app.get(MailRelay).drain(); // tests: every committed message has been handed to SMTP
 */
@Injectable()
export class MailRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private running: Promise<void> | undefined;
  private stopping = false;
  private woken = false;
  private wakeUp: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;
  private lastCleanup = 0;

  constructor(
    private readonly store: MailOutboxStore,
    private readonly transport: MailTransport,
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    if (!this.transport.configured) {
      this.logger.warn('SMTP_URL is not set: mail waits in the outbox until a process with SMTP_URL sends it');
      return;
    }
    this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.unsubscribe = this.outbox.onEnqueued(() => this.wake());
    this.running = this.loop().finally(() => (this.running = undefined));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.wake();
    await this.running;
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Sends until nothing is pending, waiting out retry delays; throws after `timeoutMs`. */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const outcome = await this.sendDue();
      if (outcome.claimed > 0 && outcome.retried === 0) continue;
      const { count, nextDueInMs } = await this.store.pending();
      if (count === 0) return;
      if (Date.now() > deadline) throw new Error(`mail outbox not drained after ${timeoutMs} ms: ${count} messages pending`);
      await sleep(Math.min(Math.max(nextDueInMs ?? 0, 20), 250));
    }
  }

  /** Claims and sends due messages until none is due or a send fails for a reason other than the message. */
  async sendDue(): Promise<MailBatchOutcome> {
    const total: MailBatchOutcome = { claimed: 0, sent: 0, retried: 0, dead: 0 };
    for (;;) {
      const batch = await this.store.claim(BATCH, LEASE_MS);
      if (batch.length === 0) return total;
      total.claimed += batch.length;
      let serverDown = false;
      for (const mail of batch) {
        // The server is down: the rest of the batch waits for the next try instead of failing one by one.
        if (serverDown) {
          await this.store.retryLater(mail.id, this.delay(1), 'not tried: the SMTP server did not answer');
          total.retried++;
          continue;
        }
        const outcome = await this.sendOne(mail);
        total[outcome]++;
        if (outcome === 'retried') serverDown = true;
      }
      if (serverDown) return total;
    }
  }

  private async sendOne(mail: OutboxMail): Promise<'sent' | 'retried' | 'dead'> {
    try {
      const messageId = await this.transport.send(mail);
      await this.store.markSent(mail.id, messageId);
      return 'sent';
    } catch (failure) {
      const { permanent, error } = failure as SendFailure;
      if (permanent || mail.attempts >= MAIL_MAX_ATTEMPTS) {
        this.logger.error({ id: mail.id, kind: mail.kind, error }, 'mail: giving up on a message; recorded dead');
        await this.store.markDead(mail.id, error);
        return 'dead';
      }
      this.logger.warn({ id: mail.id, attempts: mail.attempts, error }, 'mail: sending failed; will retry');
      await this.store.retryLater(mail.id, this.delay(mail.attempts), error);
      return 'retried';
    }
  }

  /** Capped exponential backoff with equal jitter (half fixed, half random). */
  private delay(attempts: number): number {
    const ceiling = Math.min(this.config.mailRetryMaxMs, this.config.mailRetryBaseMs * 2 ** Math.min(Math.max(attempts, 1) - 1, 30));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      this.woken = false;
      try {
        await this.sendDue();
        if (Date.now() - this.lastCleanup > CLEANUP_EVERY_MS) {
          this.lastCleanup = Date.now();
          await this.store.deleteSentBefore(RETENTION_DAYS);
        }
      } catch (error) {
        this.logger.warn({ err: error }, 'mail relay: batch failed');
      }
      await this.pause();
    }
  }

  private async pause(): Promise<void> {
    if (this.stopping || this.woken) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, POLL_MS);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
    this.wakeUp = undefined;
  }
}
