import { Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import { DomainError } from '@tradebridge/core';
import type { Response } from 'express';
import { MailLinks } from '../mail/mail-links.js';
import { NotificationPreferenceService } from './notification-preference.service.js';

/**
 * `/mail/unsubscribe?token=…`, the target of the List-Unsubscribe header: POST is RFC 8058's one-click
 * unsubscribe (mail clients call it; no sign-in, the token is signed); GET, which link scanners also
 * send, changes nothing and redirects to the web app's unsubscribe page.
 */
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly preferences: NotificationPreferenceService,
    @Inject(MailLinks) private readonly links: MailLinks,
  ) {}

  @Post()
  async oneClick(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    try {
      const turnedOff = await this.preferences.unsubscribe(typeof token === 'string' ? token : '');
      res.status(200).json({ unsubscribed: turnedOff.map((p) => p.kind) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(400).json({ error: error.message });
    }
  }

  @Get()
  page(@Query('token') token: unknown, @Res() res: Response): void {
    res.redirect(303, this.links.unsubscribe(typeof token === 'string' ? token : ''));
  }
}
