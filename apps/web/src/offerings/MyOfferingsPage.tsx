import { Anchor, Button, Card, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { useCategoryName } from '../categories/categories.hooks';
import type { ListingStatus } from '../gql-pages/graphql';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { ImportExportActions } from '../imports/ImportExportActions';
import { PlusIcon } from '../shared/icons';
import { useLabels } from '../shared/labels';
import { NoOrganization } from '../shared/NoOrganization';
import { usePageTitle } from '../shared/usePageTitle';
import { useMyOfferings } from './my-offerings.hooks';
import { OfferingStatusActions } from './OfferingStatusActions';
import { OfferingStatusBadge } from './OfferingStatusBadge';

const TABS: ListingStatus[] = ['PUBLISHED', 'DRAFT', 'ARCHIVED'];
const COUNT_FIELD = { PUBLISHED: 'published', DRAFT: 'draft', ARCHIVED: 'archived' } as const;

/** The supplier's offerings by status, each with its price, lead time and the moves it allows. */
export function MyOfferingsPage() {
  const { t } = useTranslation(['myOfferings', 'offerings']);
  usePageTitle(t('list.title'));
  const format = useFormat();
  const labels = useLabels();
  const categoryName = useCategoryName();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const status = (TABS.find((s) => s === params.get('status')) ?? 'PUBLISHED') as ListingStatus;
  const { data, loading, error, refetch } = useMyOfferings(user?.organization?.id ?? null, status);
  if (!user?.organization) return <NoOrganization />;
  const organization = data?.organization;
  const offerings = organization?.offerings.edges.map((e) => e.node) ?? [];

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('list.title')}
        </Title>
        <Group gap="xs" wrap="wrap">
          <ImportExportActions kind="OFFERING" />
          <Button component={Link} to="/offerings/new" leftSection={<PlusIcon size={16} />}>
            {t('list.new')}
          </Button>
        </Group>
      </Group>
      <Tabs value={status} onChange={(value) => setParams(value && value !== 'PUBLISHED' ? { status: value } : {})}>
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`tabs.${tab}`)} {organization ? `(${format.number(organization[COUNT_FIELD[tab]].totalCount)})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {error && !data ? (
        <ErrorBanner error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton height={160} />
      ) : offerings.length === 0 ? (
        <Card withBorder padding="lg">
          <Stack gap="xs" align="flex-start">
            <Text fw={600}>{t(`list.empty.${status}`)}</Text>
            <Text size="sm" c="dimmed">
              {t('list.emptyHint')}
            </Text>
            <Button component={Link} to="/offerings/new" variant="light">
              {t('list.new')}
            </Button>
          </Stack>
        </Card>
      ) : (
        <Stack gap="sm">
          {offerings.map((offering) => {
            const price = format.moneyRange(offering.price, { from: t('offerings:price.from'), upTo: t('offerings:price.upTo') });
            return (
              <Card key={offering.id} withBorder padding="md" component="article" aria-labelledby={`offering-${offering.id}`}>
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Anchor component={Link} to={`/offerings/${offering.id}`} fw={600} id={`offering-${offering.id}`}>
                      {offering.title}
                    </Anchor>
                    <OfferingStatusBadge status={offering.status} />
                  </Group>
                  <Text size="sm" c="dimmed">
                    {[
                      t(`offerings:kinds.${offering.kind}`),
                      `${offering.category.code} · ${categoryName(offering.category)}`,
                      price ? (offering.unitCode ?? offering.unit ? `${price} ${labels.perUnit(offering.unitCode ?? offering.unit ?? '')}` : price) : t('offerings:price.onRequest'),
                      offering.leadTimeDays !== null ? t('offerings:leadTime', { count: offering.leadTimeDays }) : null,
                      offering.validUntil ? t('list.validUntil', { date: format.date(offering.validUntil) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Group gap="xs">
                      {offering.status === 'PUBLISHED' && (
                        <Button component={Link} to={`/offerings/${offering.id}/matches`} variant="subtle" size="xs" px={0}>
                          {t('list.showMatches')}
                        </Button>
                      )}
                      {offering.status === 'DRAFT' && (
                        <Button component={Link} to={`/offerings/${offering.id}`} variant="subtle" size="xs" px={0}>
                          {t('list.preview')}
                        </Button>
                      )}
                    </Group>
                    <OfferingStatusActions offering={offering} size="xs" />
                  </Group>
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
