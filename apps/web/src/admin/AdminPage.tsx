import { Anchor, Badge, Button, Card, CopyButton, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { useSession } from '../auth/SessionProvider';
import { CountryBadge } from '../shared/CountryBadge';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf } from '../shared/errors';
import { useFormat } from '../shared/format';
import { useLabels } from '../shared/labels';
import { notify } from '../shared/notify';
import { usePageTitle } from '../shared/usePageTitle';
import { MoreResultsButton } from '../shared/MoreResultsButton';
import { useProblemText } from '../shared/useProblemText';
import { REGISTER_SEARCH, useVerificationQueue, useVerifyOrganization, type Health } from './admin.hooks';

/** The platform admin's desk: organizations waiting for verification (or verified ones, to undo) and the search health. */
export function AdminPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('title'));
  const { user } = useSession();
  if (user?.platformRole !== 'ADMIN') return <NotFoundPage />;
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <HealthPanel />
      <VerificationQueue />
    </Stack>
  );
}

function VerificationQueue() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const labels = useLabels();
  const { bannerText } = useProblemText();
  const [show, setShow] = useState<'waiting' | 'verified'>('waiting');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 300);
  const { data, error, refetch, paging } = useVerificationQueue(show === 'verified', debounced);
  const [verify, { loading }] = useVerifyOrganization();
  const organizations = paging.nodes;
  const decide = async (organization: { id: string; name: string }, verified: boolean) => {
    try {
      await verify({ variables: { id: organization.id, verified } });
      notify('teal', t(verified ? 'queue.verifiedDone' : 'queue.unverifiedDone', { name: organization.name }));
    } catch (failure) {
      notify('red', bannerText(problemOf(failure)));
    }
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="queue-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="queue-title">
          {t('queue.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('queue.lead')}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('queue.show')}
            data={[
              { value: 'waiting', label: t('queue.waiting') },
              { value: 'verified', label: t('queue.verified') },
            ]}
            value={show}
            onChange={(value) => setShow(value as 'waiting' | 'verified')}
          />
          <TextInput flex={1} miw={200} type="search" label={t('queue.search')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        </Group>
        {error && !data ? (
          <ErrorBanner error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Skeleton height={160} />
        ) : organizations.length === 0 ? (
          <Text size="sm" fw={600}>
            {t(show === 'waiting' ? 'queue.emptyWaiting' : 'queue.emptyVerified')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('queue.count', { count: paging.total })}
            </Text>
            {organizations.map((organization) => (
              <Card key={organization.id} withBorder padding="sm" component="article" aria-labelledby={`org-${organization.id}`}>
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                  <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/organizations/${organization.id}`} fw={600} id={`org-${organization.id}`}>
                        {organization.name}
                      </Anchor>
                      <CountryBadge country={organization.country} />
                    </Group>
                    <Text size="sm" c="dimmed">
                      {[labels.region(organization.regionCode ?? organization.region), organization.city, t('queue.registered', { date: format.date(organization.createdAt) })].filter(Boolean).join(' · ')}
                    </Text>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm">
                        {t(`queue.taxId.${organization.country}`)}: <strong>{organization.taxId}</strong>
                      </Text>
                      <CopyButton value={organization.taxId}>
                        {({ copied, copy }) => (
                          <Button size="compact-xs" variant="default" onClick={copy}>
                            {copied ? t('queue.copied') : t('queue.copy')}
                          </Button>
                        )}
                      </CopyButton>
                      <Anchor href={REGISTER_SEARCH[organization.country]} target="_blank" rel="noopener noreferrer" size="sm">
                        {t(`queue.register.${organization.country}`)}
                      </Anchor>
                    </Group>
                  </Stack>
                  {organization.verified ? (
                    <Button variant="light" color="orange" size="xs" loading={loading} onClick={() => void decide(organization, false)}>
                      {t('queue.unverify')}
                    </Button>
                  ) : (
                    <Button size="xs" loading={loading} onClick={() => void decide(organization, true)}>
                      {t('queue.verify')}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
            {paging.hasMore && <MoreResultsButton shown={paging.shown} total={paging.total} loadMore={paging.loadMore} />}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function HealthPanel() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const [health, setHealth] = useState<Health | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(async () => {
    try {
      const response = await fetch('/health', { headers: { accept: 'application/json' } });
      setHealth((await response.json()) as Health);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const queue = (name: 'outbox' | 'mail') => {
    const stats = health?.[name];
    return (
      <Card withBorder padding="sm" key={name} aria-label={t(`health.${name}`)} role="group">
        <Text size="sm" fw={600}>
          {t(`health.${name}`)}
        </Text>
        {stats ? (
          <Text size="sm">
            {t('health.pending', { value: format.number(stats.pending) })} · {t('health.lag', { value: format.number(Math.round(stats.lagSeconds)) })} ·{' '}
            <Text span c={stats.dead > 0 ? 'red.8' : undefined} fw={stats.dead > 0 ? 700 : undefined} size="sm">
              {t('health.dead', { value: format.number(stats.dead) })}
            </Text>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('health.unknown')}
          </Text>
        )}
      </Card>
    );
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="health-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="health-title">
            {t('health.title')}
          </Title>
          <Button size="xs" variant="default" onClick={() => void load()}>
            {t('health.refresh')}
          </Button>
        </Group>
        {failed && !health ? (
          <Text size="sm" c="red.8">
            {t('health.unreachable')}
          </Text>
        ) : !health ? (
          <Skeleton height={60} />
        ) : (
          <>
            <Group gap="xs">
              <Badge color={health.status === 'ok' ? 'teal' : 'red'} variant="light" tt="none">
                {t(`health.status.${health.status}`)}
              </Badge>
              <Badge color={health.postgres === 'up' ? 'teal' : 'red'} variant="outline" tt="none">
                {t('health.service', { name: 'PostgreSQL', state: t(`health.${health.postgres}`) })}
              </Badge>
              <Badge color={health.meilisearch === 'up' ? 'teal' : 'red'} variant="outline" tt="none">
                {t('health.service', { name: 'Meilisearch', state: t(`health.${health.meilisearch}`) })}
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>{(['outbox', 'mail'] as const).map(queue)}</SimpleGrid>
          </>
        )}
      </Stack>
    </Card>
  );
}
