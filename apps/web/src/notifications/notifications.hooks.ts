import { useMutation, useQuery } from '@apollo/client/react';
import { MarkNotificationsReadDocument, NotificationsDocument, UnreadNotificationsDocument } from '../gql/graphql';

// The bell asks again every minute and whenever the page regains focus.
const BELL_POLL_MS = 60_000;

export const useUnreadCount = () => useQuery(UnreadNotificationsDocument, { pollInterval: BELL_POLL_MS, fetchPolicy: 'cache-and-network' });
export const useNotifications = (unreadOnly: boolean) => useQuery(NotificationsDocument, { variables: { first: 20, unreadOnly }, fetchPolicy: 'cache-and-network' });
export const useMarkNotificationsRead = () =>
  useMutation(MarkNotificationsReadDocument, { refetchQueries: [UnreadNotificationsDocument, NotificationsDocument] });
