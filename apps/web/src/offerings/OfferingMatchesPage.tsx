import { Anchor, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { useSession } from '../auth/SessionProvider';
import { ErrorBanner } from '../shared/ErrorBanner';
import { usePageTitle } from '../shared/usePageTitle';
import { useOfferingMatchingNeeds } from './my-offerings.hooks';
import { NeedMatchCard } from './NeedMatchCard';
import { OfferingStatusActions } from './OfferingStatusActions';
import { OfferingStatusBadge } from './OfferingStatusBadge';

const FIRST = 10;
const MORE = 50;

/** The supplier's offering with the open needs it could serve, best first, and "Request contact" to each buyer. */
export function OfferingMatchesPage() {
  const { id = '' } = useParams();
  // The cards' namespaces load with the page (a card suspending later would remount it).
  const { t } = useTranslation(['myOfferings', 'needs', 'contacts']);
  const { user } = useSession();
  const [first, setFirst] = useState(FIRST);
  const { data, loading, error, refetch } = useOfferingMatchingNeeds(id, first);
  const offering = data?.offering;
  usePageTitle(offering ? t('matches.pageTitle', { title: offering.title }) : t('matches.title'));
  if (error && !offering) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  if (!offering) return loading ? <Skeleton height={320} /> : <NotFoundPage />;
  if (user?.organization?.id !== offering.organization.id) return <NotFoundPage />;
  const list = offering.matchingNeeds;

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Stack gap={6}>
        <Group gap="sm">
          <OfferingStatusBadge status={offering.status} />
          <Anchor component={Link} to="/offerings" size="sm">
            {t('list.title')}
          </Anchor>
        </Group>
        <Title order={1} size="h2">
          {offering.title}
        </Title>
        <Group gap="xs">
          <Button component={Link} to={`/offerings/${offering.id}`} variant="subtle" size="sm">
            {t('matches.asBuyersSee')}
          </Button>
          <OfferingStatusActions offering={offering} />
        </Group>
      </Stack>
      <section aria-labelledby="need-matches-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="need-matches-title">
            {t('matches.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {offering.status === 'PUBLISHED' ? t('matches.lead') : t('matches.notPublished')}
          </Text>
          {list.length === 0 ? (
            <Card withBorder padding="lg">
              <Text fw={600}>{t('matches.none')}</Text>
              <Text size="sm" c="dimmed">
                {t('matches.noneHint')}
              </Text>
              <Anchor component={Link} to="/search/needs" size="sm" mt="xs">
                {t('matches.searchNeeds')}
              </Anchor>
            </Card>
          ) : (
            list.map((match, i) => <NeedMatchCard key={match.need.id} match={match} rank={i + 1} />)
          )}
          {list.length === first && first < MORE && (
            <Button variant="default" onClick={() => setFirst(MORE)} loading={loading}>
              {t('matches.more')}
            </Button>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
