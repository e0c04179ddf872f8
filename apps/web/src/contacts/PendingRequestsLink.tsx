import { ActionIcon, Indicator } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { InboxIcon } from '../shared/icons';
import { usePendingIncoming } from './respond.hooks';

/** The header's count of received contact requests awaiting a reply, leading to them. Asks again on every page and on focus. */
export function PendingRequestsLink() {
  const { t } = useTranslation('contacts');
  const location = useLocation();
  const { data, refetch } = usePendingIncoming();
  useWindowEvent('focus', () => void refetch());
  useEffect(() => {
    void refetch();
  }, [location.pathname, refetch]);
  const pending = data?.contactRequests.totalCount ?? 0;
  return (
    <Indicator label={pending > 99 ? '99+' : pending} size={16} disabled={pending === 0} color="orange" offset={6}>
      <ActionIcon component={Link} to="/contact-requests?tab=incoming" variant="subtle" size="lg" aria-label={pending > 0 ? t('pending.link', { count: pending }) : t('pending.none')}>
        <InboxIcon />
      </ActionIcon>
    </Indicator>
  );
}
