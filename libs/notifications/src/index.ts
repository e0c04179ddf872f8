// The notifications slice's public surface: the module, the services other slices notify and mail
// through, the mail templates, and the GraphQL type they extend with links (`@Resolver(() => Notification)`).
export * from './notifications.module.js';
export { NotificationKind } from './notification-kind.js';
export { Notification } from './notification.entity.js';
export { NotificationConnection } from './notification.type.js';
export {
  NotificationService,
  MAX_MARK_READ_IDS,
  type NotificationContent,
  type NotificationRecipient,
} from './notification.service.js';
export { titleIn, MAX_TITLE_LENGTH, type LocalizedText, type NotificationTitle } from './notification-title.js';
export { NotificationDelivery, DEFAULT_DELIVERY } from './preferences/notification-delivery.js';
export { NotificationPreferenceService } from './preferences/notification-preference.service.js';
export { UnsubscribeTokens } from './preferences/unsubscribe-token.js';
export { MailOutbox } from './mail/mail-outbox.js';
export { MailOutboxStore, type MailOutboxStats } from './mail/mail-outbox-store.js';
export { MailRelay, MAIL_MAX_ATTEMPTS } from './mail/mail-relay.js';
export { MailDigest, DIGEST_MAX_ITEMS } from './mail/mail-digest.service.js';
export { MailLinks, MAIL_PATHS } from './mail/mail-links.js';
export type { MailMessage, RenderedMail } from './mail/mail-message.js';
export type { NotificationMailContent } from './mail/notification-mailer.js';
export { accountMails } from './mail/templates/account-mails.js';
export { notificationMails } from './mail/templates/notification-mails.js';
export { renderMail, escapeHtml, type MailContent } from './mail/templates/layout.js';
