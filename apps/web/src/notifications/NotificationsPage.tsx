import { Anchor, Button, Card, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { usePageTitle } from '../shared/usePageTitle';
import { notificationLink, notificationText } from './notification-link';
import { useMarkNotificationsRead, useNotifications } from './notifications.hooks';

/** Every notification, newest first; unread ones stand out and can be marked read one by one or all at once. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('title'));
  const format = useFormat();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const { data, loading, error, refetch } = useNotifications(filter === 'unread');
  const [markRead, marking] = useMarkNotificationsRead();
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const unreadIds = items.filter((n) => !n.read).map((n) => n.id);

  return (
    <Stack gap="md" maw={860} mx="auto">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Button variant="light" disabled={unreadIds.length === 0} loading={marking.loading} onClick={() => void markRead({ variables: { ids: unreadIds } })}>
          {t('markAllRead')}
        </Button>
      </Group>
      <SegmentedControl
        w="fit-content"
        value={filter}
        onChange={(value) => setFilter(value as 'all' | 'unread')}
        data={[
          { value: 'all', label: t('filter.all') },
          { value: 'unread', label: t('filter.unread', { n: data?.notifications.unreadCount ?? 0 }) },
        ]}
        aria-label={t('filter.label')}
      />
      {error && !data ? (
        <ErrorBanner error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton height={200} />
      ) : items.length === 0 ? (
        <Card withBorder padding="lg">
          <Text c="dimmed">{t(filter === 'unread' ? 'emptyUnread' : 'empty')}</Text>
        </Card>
      ) : (
        <Stack gap="xs">
          {items.map((item) => {
            const to = notificationLink(item);
            return (
              <Card key={item.id} withBorder padding="sm" bg={item.read ? undefined : 'brand.0'} component="article">
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    {to ? (
                      <Anchor component={Link} to={to} fw={item.read ? 400 : 600} size="sm" onClick={() => !item.read && void markRead({ variables: { ids: [item.id] } })}>
                        {notificationText(item, t)}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={item.read ? 400 : 600}>
                        {notificationText(item, t)}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {format.dateTime(item.createdAt)}
                      {item.read ? '' : ` · ${t('unread')}`}
                    </Text>
                  </Stack>
                  {!item.read && (
                    <Button size="compact-xs" variant="subtle" onClick={() => void markRead({ variables: { ids: [item.id] } })} aria-label={t('markReadOne', { title: notificationText(item, t) })}>
                      {t('markRead')}
                    </Button>
                  )}
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
