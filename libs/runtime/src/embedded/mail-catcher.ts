import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { freePort } from '@tradebridge/core';

/** One message the catcher received, as stored in `<dir>/<id>.json` (the raw message is `<id>.eml`). */
export interface CaughtMail {
  id: string;
  receivedAt: string;
  /** The SMTP envelope's recipients (RCPT TO), lower-case. */
  recipients: string[];
  from: string;
  to: string;
  subject: string;
  messageId: string | null;
  text: string;
  html: string | null;
  /** Header names in lower case; values as sent (folded lines joined). */
  headers: Record<string, string>;
}

export interface MailCatcherOptions {
  /** Messages are written here (created when missing). */
  dir: string;
  /** Defaults to a free port on 127.0.0.1, kept across `stop()` / `start()`. */
  port?: number;
}

type SmtpServer = import('smtp-server').SMTPServer;

/**
 * A real SMTP server for development and tests (`smtp-server`, in-process on 127.0.0.1): accepts every
 * message (except to the reserved `.invalid` domain: 550, a mailbox that does not exist), parses it
 * (`mailparser`) and stores it under `dir`, where `/dev/mail` and the tests read it.
 * The libraries load on `start()` only, so production never loads them.
 * @example const catcher = await new MailCatcher({ dir: '.data/mail' }).start(); process.env.SMTP_URL = catcher.url;
 */
export class MailCatcher {
  private server: SmtpServer | undefined;
  private port: number | undefined;
  private sequence = 0;

  constructor(private readonly options: MailCatcherOptions) {
    this.port = options.port;
  }

  get dir(): string {
    return this.options.dir;
  }

  /** `smtp://127.0.0.1:<port>` (valid after the first `start()`). */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  async start(): Promise<this> {
    if (this.server) return this;
    mkdirSync(this.options.dir, { recursive: true });
    this.port ??= await freePort();
    const { SMTPServer } = await import('smtp-server');
    const server = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      banner: 'TradeBridge development mail catcher',
      size: 10 * 1024 * 1024,
      // Tests stop the catcher to play an outage: do not wait 30 s for idle pooled connections.
      closeTimeout: 200,
      onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anyone' }),
      // The reserved .invalid domain plays a mailbox that does not exist, to try how refusals are handled.
      onRcptTo: (address, _session, callback) => {
        if (/\.invalid$/i.test(address.address)) {
          const error = new Error('Mailbox does not exist') as Error & { responseCode: number };
          error.responseCode = 550;
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        this.store(stream, recipients).then(() => callback(), (error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', () => undefined); // a client that goes away mid-message must not crash the process
    this.server = server;
    return this;
  }

  /** Stops listening and drops open connections; messages already stored stay. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Every stored message, newest first. */
  messages(): CaughtMail[] {
    return readCaughtMail(this.options.dir);
  }

  private async store(stream: Readable, recipients: string[]): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const { simpleParser } = await import('mailparser');
    const parsed = await simpleParser(raw);
    const id = `${String(Date.now()).padStart(15, '0')}-${String(++this.sequence).padStart(6, '0')}-${randomBytes(3).toString('hex')}`;
    const headers: Record<string, string> = {};
    for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim();
    const mail: CaughtMail = {
      id,
      receivedAt: new Date().toISOString(),
      recipients,
      from: parsed.from?.text ?? '',
      to: (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).map((a) => a.text).join(', '),
      subject: parsed.subject ?? '',
      messageId: parsed.messageId ?? null,
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : null,
      headers,
    };
    writeFileSync(join(this.options.dir, `${id}.eml`), raw);
    writeFileSync(join(this.options.dir, `${id}.json`), JSON.stringify(mail));
  }
}

/** The messages stored in a catcher's folder, newest first (an empty list when there is none). */
export function readCaughtMail(dir: string): CaughtMail[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .reverse()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CaughtMail);
}

/** The raw message (`.eml`) of a stored message, or null (ids are checked, so no path escapes `dir`). */
export function readCaughtMailSource(dir: string, id: string): Buffer | null {
  if (!/^[0-9]{15}-[0-9]{6}-[0-9a-f]{6}$/.test(id)) return null;
  const file = join(dir, `${id}.eml`);
  return existsSync(file) ? readFileSync(file) : null;
}
