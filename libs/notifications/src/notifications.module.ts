import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailDigest } from './mail/mail-digest.service.js';
import { MailLinks } from './mail/mail-links.js';
import { MailOutboxStore } from './mail/mail-outbox-store.js';
import { MailOutbox } from './mail/mail-outbox.js';
import { MailRelay } from './mail/mail-relay.js';
import { MailTransport } from './mail/mail-transport.js';
import { NotificationMailer } from './mail/notification-mailer.js';
import { Notification } from './notification.entity.js';
import { NotificationConnectionResolver, NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { NotificationPreferenceResolver } from './preferences/notification-preference.resolver.js';
import { NotificationPreferenceService } from './preferences/notification-preference.service.js';
import { UnsubscribeController } from './preferences/unsubscribe.controller.js';

const EXPORTED = [NotificationService, NotificationPreferenceService, MailOutbox, MailLinks, MailRelay, MailOutboxStore, MailDigest, NotificationMailer];

/**
 * In-app notifications and mail: a sink (imports only core). Other slices call NotificationService.notifyUsers
 * or MailOutbox.enqueue inside their transaction and add Notification's links themselves. The mail relay
 * and the daily digest run in processes with RELAY_ENABLED (the API by default, the worker).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  controllers: [UnsubscribeController],
  providers: [
    ...EXPORTED,
    MailTransport,
    NotificationResolver,
    NotificationConnectionResolver,
    NotificationPreferenceResolver,
  ],
  exports: EXPORTED,
})
export class NotificationsModule {}
