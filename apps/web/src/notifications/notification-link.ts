import type { NotificationItemFragment } from '../gql/graphql';

/** Where a notification leads: the request, the need, or the offering it is about. */
export function notificationLink(notification: NotificationItemFragment): string | null {
  if (notification.contactRequest) return `/contact-requests?tab=${notification.kind === 'CONTACT_REQUEST_RECEIVED' ? 'incoming' : 'outgoing'}#request-${notification.contactRequest.id}`;
  if (notification.need) return `/needs/${notification.need.id}`;
  if (notification.offering) return `/offerings/${notification.offering.id}`;
  return null;
}

/** The text a notification shows, in the page's language (the API's title is in the account's language at the time). */
export function notificationText(notification: NotificationItemFragment, t: (key: string, options?: Record<string, unknown>) => string): string {
  const listing = notification.need?.title ?? notification.offering?.title;
  return listing ? t(`kinds.${notification.kind}`, { listing }) : notification.title;
}
