import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tradebridge/core';
import { readCaughtMail, readCaughtMailSource, type CaughtMail } from '@tradebridge/runtime';
import type { Response } from 'express';

const SHOWN = 100;

/**
 * GET /dev/mail (development and tests only; not registered in production): the messages the embedded
 * mail catcher received, newest first, with their links clickable, so a newcomer can open the
 * verification link of the account they just registered. Each message's HTML part and raw source too.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  list(@Res() res: Response): void {
    const dir = this.config.mailCatcherDir;
    const messages = dir ? readCaughtMail(dir).slice(0, SHOWN) : [];
    const body = !dir
      ? `<p>No mail catcher runs in this process: mail goes to the SMTP server of SMTP_URL.</p>`
      : messages.length === 0
        ? `<p>No mail yet. Register an account and reload this page.</p>`
        : messages.map(article).join('\n');
    page(res, `Mail caught in development (${messages.length})`, body);
  }

  @Get(':id/html')
  html(@Param('id') id: string, @Res() res: Response): void {
    const mail = this.find(id);
    if (!mail?.html) return void res.status(404).type('text/plain').send('No such message, or it has no HTML part');
    // The message's own HTML, in a sandbox: no scripts, no same-origin access.
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    res.type('text/html').send(mail.html);
  }

  @Get(':id/source')
  source(@Param('id') id: string, @Res() res: Response): void {
    const raw = this.config.mailCatcherDir ? readCaughtMailSource(this.config.mailCatcherDir, id) : null;
    if (!raw) return void res.status(404).type('text/plain').send('No such message');
    res.type('text/plain; charset=utf-8').send(raw);
  }

  private find(id: string): CaughtMail | undefined {
    return this.config.mailCatcherDir ? readCaughtMail(this.config.mailCatcherDir).find((m) => m.id === id) : undefined;
  }
}

function article(mail: CaughtMail): string {
  const links = [`<a href="/dev/mail/${mail.id}/source">source</a>`];
  if (mail.html) links.unshift(`<a href="/dev/mail/${mail.id}/html">HTML</a>`);
  return `<article>
  <h2>${escape(mail.subject)}</h2>
  <p class="meta"><time>${escape(new Date(mail.receivedAt).toLocaleString('ru-RU', { timeZone: 'UTC' }))} UTC</time> · to <b>${escape(mail.recipients.join(', '))}</b> · from ${escape(mail.from)} · ${links.join(' · ')}</p>
  <pre>${linkify(mail.text)}</pre>
</article>`;
}

function page(res: Response, title: string, body: string): void {
  res.type('text/html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:24px auto;max-width:900px;padding:0 16px;color:#1f2933}
article{border:1px solid #d9e2ec;border-radius:8px;padding:12px 16px;margin:16px 0}h2{font-size:18px;margin:0 0 4px}
.meta{color:#52606d;font-size:13px;margin:0 0 8px}pre{white-space:pre-wrap;font-size:14px;margin:0}</style></head>
<body><h1>${escape(title)}</h1><p>Newest first; links are clickable.</p>${body}</body></html>`);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escapes the text and makes its http(s) URLs clickable. */
function linkify(text: string): string {
  return escape(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}
