import { Anchor, Button, Card, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { useCategoryName } from '../categories/categories.hooks';
import { ImportExportActions } from '../imports/ImportExportActions';
import type { NeedStatus } from '../gql/graphql';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { PlusIcon } from '../shared/icons';
import { useLabels } from '../shared/labels';
import { NoOrganization } from '../shared/NoOrganization';
import { usePageTitle } from '../shared/usePageTitle';
import { useMyNeeds } from './needs.hooks';
import { NeedStatusActions } from './NeedStatusActions';
import { NeedStatusBadge } from './NeedStatusBadge';

const TABS: NeedStatus[] = ['OPEN', 'DRAFT', 'CLOSED', 'FULFILLED'];
const COUNT_FIELD = { OPEN: 'open', DRAFT: 'draft', CLOSED: 'closed', FULFILLED: 'fulfilled' } as const;

/** The buyer's needs by status, each with its deadline, budget and the moves it allows. */
export function MyNeedsPage() {
  const { t } = useTranslation('needs');
  usePageTitle(t('list.title'));
  const format = useFormat();
  const labels = useLabels();
  const categoryName = useCategoryName();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const status = (TABS.find((s) => s === params.get('status')) ?? 'OPEN') as NeedStatus;
  const { data, loading, error, refetch } = useMyNeeds(user?.organization?.id ?? null, status);
  if (!user?.organization) return <NoOrganization />;
  const organization = data?.organization;
  const needs = organization?.needs.edges.map((e) => e.node) ?? [];

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('list.title')}
        </Title>
        <Group gap="xs" wrap="wrap">
          <ImportExportActions kind="NEED" />
          <Button component={Link} to="/needs/new" leftSection={<PlusIcon size={16} />}>
            {t('list.new')}
          </Button>
        </Group>
      </Group>
      <Tabs value={status} onChange={(value) => setParams(value && value !== 'OPEN' ? { status: value } : {})}>
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
      ) : needs.length === 0 ? (
        <Card withBorder padding="lg">
          <Stack gap="xs" align="flex-start">
            <Text fw={600}>{t(`list.empty.${status}`)}</Text>
            <Text size="sm" c="dimmed">
              {t('list.emptyHint')}
            </Text>
            <Button component={Link} to="/needs/new" variant="light">
              {t('list.new')}
            </Button>
          </Stack>
        </Card>
      ) : (
        <Stack gap="sm">
          {needs.map((need) => {
            const budget = format.moneyRange(need.budget, { from: t('budget.from'), upTo: t('budget.upTo') });
            return (
              <Card key={need.id} withBorder padding="md" component="article" aria-labelledby={`need-${need.id}`}>
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Anchor component={Link} to={`/needs/${need.id}`} fw={600} id={`need-${need.id}`}>
                      {need.title}
                    </Anchor>
                    <NeedStatusBadge status={need.status} />
                  </Group>
                  <Text size="sm" c="dimmed">
                    {[
                      `${need.category.code} · ${categoryName(need.category)}`,
                      need.quantity !== null ? `${format.number(need.quantity)} ${labels.unit(need.unitCode ?? need.unit)}`.trim() : null,
                      budget ? t('list.budget', { budget }) : null,
                      need.neededBy ? t('list.neededBy', { date: format.date(need.neededBy) }) : null,
                      labels.region(need.deliveryRegionCode ?? need.deliveryRegion),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Button component={Link} to={`/needs/${need.id}`} variant="subtle" size="xs" px={0}>
                      {t('list.showMatches')}
                    </Button>
                    <NeedStatusActions need={need} size="xs" />
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
