import { Card, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import type { ContactDirection } from '../gql/graphql';
import { ErrorBanner } from '../shared/ErrorBanner';
import { MoreResultsButton } from '../shared/MoreResultsButton';
import { NoOrganization } from '../shared/NoOrganization';
import { usePageTitle } from '../shared/usePageTitle';
import { ContactRequestItem } from './ContactRequestItem';
import { useContactRequests } from './contacts.hooks';

/** The organization's contact requests: sent (outgoing) and received (incoming), newest first. */
export function ContactRequestsPage() {
  const { t } = useTranslation('contacts');
  usePageTitle(t('title'));
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const direction: ContactDirection = params.get('tab') === 'incoming' ? 'INCOMING' : 'OUTGOING';
  if (!user?.organization) return <NoOrganization />;
  return (
    <Stack gap="md" maw={960} mx="auto">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Tabs value={direction} onChange={(value) => setParams(value === 'INCOMING' ? { tab: 'incoming' } : { tab: 'outgoing' })}>
        <Tabs.List>
          <Tabs.Tab value="OUTGOING">{t('tabs.outgoing')}</Tabs.Tab>
          <Tabs.Tab value="INCOMING">{t('tabs.incoming')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <RequestList direction={direction} />
    </Stack>
  );
}

function RequestList({ direction }: { direction: ContactDirection }) {
  const { t } = useTranslation('contacts');
  const location = useLocation();
  const { data, loading, error, refetch, paging } = useContactRequests(direction);
  const requests = paging.nodes;
  // A link to one request (from a notification) scrolls to it once the list is there.
  useEffect(() => {
    if (!location.hash || requests.length === 0) return;
    const element = document.getElementById(location.hash.slice(1));
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [location.hash, requests.length]);

  if (error && !data) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={180} />;
  if (requests.length === 0) {
    return (
      <Card withBorder padding="lg">
        <Text fw={600}>{t(`empty.${direction}`)}</Text>
        <Text size="sm" c="dimmed">
          {t(`emptyHint.${direction}`)}
        </Text>
      </Card>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('count', { count: paging.total })}
      </Text>
      {requests.map((request) => (
        <ContactRequestItem key={request.id} request={request} direction={direction} />
      ))}
      {paging.hasMore && <MoreResultsButton shown={paging.shown} total={paging.total} loadMore={paging.loadMore} />}
    </Stack>
  );
}
