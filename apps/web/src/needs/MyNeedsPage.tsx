import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { useCategoryLabel } from '../categories/categories.hooks';
import { ImportExportActions } from '../imports/ImportExportActions';
import type { NeedStatus } from '../gql/graphql';
import { useFormat } from '../shared/format';
import { useLabels } from '../shared/labels';
import { ListingCard, ListingsByStatus, useStatusParam } from '../shared/ListingsByStatus';
import { NoOrganization } from '../shared/NoOrganization';
import { usePageTitle } from '../shared/usePageTitle';
import { useMyNeeds } from './needs.hooks';
import { NeedStatusActions } from './NeedStatusActions';
import { NeedStatusBadge } from './NeedStatusBadge';

const TABS: readonly NeedStatus[] = ['OPEN', 'DRAFT', 'CLOSED', 'FULFILLED'];
const COUNT_FIELD = { OPEN: 'open', DRAFT: 'draft', CLOSED: 'closed', FULFILLED: 'fulfilled' } as const;

/** The buyer's needs by status, each with its deadline, budget and the moves it allows. */
export function MyNeedsPage() {
  const { t } = useTranslation('needs');
  usePageTitle(t('list.title'));
  const format = useFormat();
  const labels = useLabels();
  const categoryLabel = useCategoryLabel();
  const { user } = useSession();
  const [status, setStatus] = useStatusParam(TABS);
  const { data, loading, error, refetch, paging } = useMyNeeds(user?.organization?.id ?? null, status);
  if (!user?.organization) return <NoOrganization />;
  const organization = data?.organization;
  const needs = paging.nodes;

  return (
    <ListingsByStatus
      title={t('list.title')}
      actions={<ImportExportActions kind="NEED" />}
      newLink={{ to: '/needs/new', label: t('list.new') }}
      tabs={TABS}
      status={status}
      onStatus={setStatus}
      tabLabel={(tab) => `${t(`tabs.${tab}`)} ${organization ? `(${format.number(organization[COUNT_FIELD[tab]].totalCount)})` : ''}`}
      query={{ error, loading, loaded: Boolean(data), refetch }}
      paging={paging}
      empty={needs.length === 0 ? { title: t(`list.empty.${status}`), hint: t('list.emptyHint') } : null}
    >
      {needs.map((need) => {
        const budget = format.moneyRange(need.budget, { from: t('budget.from'), upTo: t('budget.upTo') });
        return (
          <ListingCard
            key={need.id}
            anchorId={`need-${need.id}`}
            href={`/needs/${need.id}`}
            title={need.title}
            badge={<NeedStatusBadge status={need.status} />}
            facts={[
              categoryLabel(need.category),
              need.quantity !== null ? labels.quantity(need.quantity, need.unitCode ?? need.unit) : null,
              budget ? t('list.budget', { budget }) : null,
              need.neededBy ? t('list.neededBy', { date: format.date(need.neededBy) }) : null,
              labels.region(need.deliveryRegionCode ?? need.deliveryRegion),
            ]}
            links={
              <Button component={Link} to={`/needs/${need.id}`} variant="subtle" size="xs" px={0}>
                {t('list.showMatches')}
              </Button>
            }
            moves={<NeedStatusActions need={need} size="xs" />}
          />
        );
      })}
    </ListingsByStatus>
  );
}
