import { ActionIcon, Indicator } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { BellIcon } from '../shared/icons';
import { useUnreadCount } from './notifications.hooks';

/** The header bell: the unread count, leading to the notifications. Asks again on every page and on focus. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const location = useLocation();
  const { data, refetch } = useUnreadCount();
  useWindowEvent('focus', () => void refetch());
  useEffect(() => {
    void refetch();
  }, [location.pathname, refetch]);
  const unread = data?.notifications.unreadCount ?? 0;
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={6}>
      <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={unread > 0 ? t('bell.unread', { count: unread }) : t('bell.none')}>
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
