// The notifications slice's public surface: the module, the service other slices notify through, and
// the GraphQL type they extend with links (`@Resolver(() => Notification)`).
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
