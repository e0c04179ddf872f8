import { Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { useSession } from '../auth/SessionProvider';
import { useCategoryLabel } from '../categories/categories.hooks';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { useLabels } from '../shared/labels';
import { usePageTitle } from '../shared/usePageTitle';
import { MatchCard } from './MatchCard';
import { useNeed, useNeedMatches } from './needs.hooks';
import { NeedStatusActions } from './NeedStatusActions';
import { NeedStatusBadge } from './NeedStatusBadge';

const FIRST = 10;
const MORE = 30;

/** A need with its matches, best first: score, reasons, and contact requests from each. */
export function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('needs');
  const format = useFormat();
  const labels = useLabels();
  const categoryLabel = useCategoryLabel();
  const { user } = useSession();
  const { data, loading, error, refetch } = useNeed(id);
  const need = data?.need;
  usePageTitle(need?.title ?? t('title'));
  const mine = Boolean(need && user?.organization?.id === need.organization.id);
  const [first, setFirst] = useState(FIRST);
  const matches = useNeedMatches(mine ? id : null, first);

  if (error && !need) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  if (!need) return loading ? <Skeleton height={320} /> : <NotFoundPage />;
  const budget = format.moneyRange(need.budget, { from: t('budget.from'), upTo: t('budget.upTo') });
  const facts: Array<[string, string]> = [
    [t('fields.category'), categoryLabel(need.category, ' — ')],
    [t('fields.quantity'), need.quantity !== null ? labels.quantity(need.quantity, need.unitCode ?? need.unit) : t('fields.notSet')],
    [t('fields.budgetPerUnit'), budget ?? t('fields.notSet')],
    [t('fields.neededBy'), need.neededBy ? format.date(need.neededBy) : t('fields.notSet')],
    [t('fields.deliveryRegion'), labels.region(need.deliveryRegionCode ?? need.deliveryRegion)],
    [t('fields.requiredCertifications'), need.requiredCertifications.join(', ') || t('fields.none')],
  ];
  const list = matches.data?.need?.matches ?? [];

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Stack gap={6}>
        <Group gap="sm">
          <NeedStatusBadge status={need.status} />
          <Text size="sm" c="dimmed">
            {need.organization.name}
          </Text>
        </Group>
        <Title order={1} size="h2">
          {need.title}
        </Title>
        {mine && <NeedStatusActions need={need} />}
      </Stack>
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text size="sm">{value}</Text>
            </div>
          ))}
        </SimpleGrid>
        {need.description && (
          <Text size="sm" mt="md" style={{ whiteSpace: 'pre-line' }}>
            {need.description}
          </Text>
        )}
      </Card>
      {mine && (
        <section aria-labelledby="matches-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="matches-title">
              {t('matches.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {need.status === 'OPEN' ? t('matches.lead') : t('matches.notOpen')}
            </Text>
            {matches.error && !matches.data ? (
              <ErrorBanner error={matches.error} onRetry={() => void matches.refetch()} />
            ) : matches.loading && !matches.data ? (
              Array.from({ length: 3 }, (_, i) => <Skeleton key={i} height={220} radius="md" />)
            ) : list.length === 0 ? (
              <Card withBorder padding="lg">
                <Text fw={600}>{t('matches.none')}</Text>
                <Text size="sm" c="dimmed">
                  {t('matches.noneHint')}
                </Text>
              </Card>
            ) : (
              list.map((match, i) => <MatchCard key={match.offering.id} match={match} rank={i + 1} />)
            )}
            {list.length === first && first < MORE && (
              <Button variant="default" onClick={() => setFirst(MORE)} loading={matches.loading}>
                {t('matches.more')}
              </Button>
            )}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
