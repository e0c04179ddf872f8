import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { useCategoryLabel } from '../categories/categories.hooks';
import type { ListingStatus } from '../gql-pages/graphql';
import { ImportExportActions } from '../imports/ImportExportActions';
import { useFormat } from '../shared/format';
import { useLabels } from '../shared/labels';
import { ListingCard, ListingsByStatus, useStatusParam } from '../shared/ListingsByStatus';
import { NoOrganization } from '../shared/NoOrganization';
import { usePageTitle } from '../shared/usePageTitle';
import { useMyOfferings } from './my-offerings.hooks';
import { OfferingStatusActions } from './OfferingStatusActions';
import { OfferingStatusBadge } from './OfferingStatusBadge';

const TABS: readonly ListingStatus[] = ['PUBLISHED', 'DRAFT', 'ARCHIVED'];
const COUNT_FIELD = { PUBLISHED: 'published', DRAFT: 'draft', ARCHIVED: 'archived' } as const;

/** The supplier's offerings by status, each with its price, lead time and the moves it allows. */
export function MyOfferingsPage() {
  const { t } = useTranslation(['myOfferings', 'offerings']);
  usePageTitle(t('list.title'));
  const format = useFormat();
  const labels = useLabels();
  const categoryLabel = useCategoryLabel();
  const { user } = useSession();
  const [status, setStatus] = useStatusParam(TABS);
  const { data, loading, error, refetch, paging } = useMyOfferings(user?.organization?.id ?? null, status);
  if (!user?.organization) return <NoOrganization />;
  const organization = data?.organization;
  const offerings = paging.nodes;

  return (
    <ListingsByStatus
      title={t('list.title')}
      actions={<ImportExportActions kind="OFFERING" />}
      newLink={{ to: '/offerings/new', label: t('list.new') }}
      tabs={TABS}
      status={status}
      onStatus={setStatus}
      tabLabel={(tab) => `${t(`tabs.${tab}`)} ${organization ? `(${format.number(organization[COUNT_FIELD[tab]].totalCount)})` : ''}`}
      query={{ error, loading, loaded: Boolean(data), refetch }}
      paging={paging}
      empty={offerings.length === 0 ? { title: t(`list.empty.${status}`), hint: t('list.emptyHint') } : null}
    >
      {offerings.map((offering) => {
        const price = format.moneyRange(offering.price, { from: t('offerings:price.from'), upTo: t('offerings:price.upTo') });
        const unit = offering.unitCode ?? offering.unit;
        return (
          <ListingCard
            key={offering.id}
            anchorId={`offering-${offering.id}`}
            href={`/offerings/${offering.id}`}
            title={offering.title}
            badge={<OfferingStatusBadge status={offering.status} />}
            facts={[
              t(`offerings:kinds.${offering.kind}`),
              categoryLabel(offering.category),
              price ? (unit ? `${price} ${labels.perUnit(unit)}` : price) : t('offerings:price.onRequest'),
              offering.leadTimeDays !== null ? t('offerings:leadTime', { count: offering.leadTimeDays }) : null,
              offering.validUntil ? t('list.validUntil', { date: format.date(offering.validUntil) }) : null,
            ]}
            links={
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
            }
            moves={<OfferingStatusActions offering={offering} size="xs" />}
          />
        );
      })}
    </ListingsByStatus>
  );
}
