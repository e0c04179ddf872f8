import { Anchor, Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { useSession } from '../auth/SessionProvider';
import { useCategoryName } from '../categories/categories.hooks';
import { CountryBadge } from '../shared/CountryBadge';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { useLabels } from '../shared/labels';
import { usePageTitle } from '../shared/usePageTitle';
import { VerifiedBadge } from '../shared/VerifiedBadge';
import { useOrganization } from './organization.hooks';

/** An organization's public profile; its members also see where to go next. (Part 2 adds settings and members.) */
export function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('organization');
  const format = useFormat();
  const labels = useLabels();
  const categoryName = useCategoryName();
  const { user } = useSession();
  const { data, loading, error, refetch } = useOrganization(id);
  const organization = data?.organization;
  usePageTitle(organization?.name ?? t('title'));
  if (error && !organization) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  if (!organization) return loading ? <Skeleton height={240} /> : <NotFoundPage />;
  const mine = user?.organization?.id === organization.id;

  return (
    <Stack gap="md" maw={960} mx="auto">
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {organization.name}
        </Title>
        <CountryBadge country={organization.country} />
        <VerifiedBadge verified={organization.verified} size="md" />
      </Group>
      <Text c="dimmed">
        {[labels.region(organization.regionCode ?? organization.region), organization.city].filter(Boolean).join(', ')} · {t('since', { date: format.date(organization.createdAt) })}
      </Text>
      {mine && (
        <Card withBorder padding="md" bg="brand.0">
          <Stack gap="xs">
            <Text fw={600}>{t('mine.title')}</Text>
            <Text size="sm">{organization.verified ? t('mine.verified') : t('mine.unverified')}</Text>
            <Group gap="sm">
              <Button component={Link} to="/needs/new">
                {t('mine.postNeed')}
              </Button>
              <Button component={Link} to="/offerings/new" variant="default">
                {t('mine.postOffering')}
              </Button>
              <Button component={Link} to="/settings/organization" variant="default">
                {t('mine.settings')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {organization.description && <Text style={{ whiteSpace: 'pre-line' }}>{organization.description}</Text>}
      {organization.website && (
        <Anchor href={organization.website} target="_blank" rel="noopener noreferrer nofollow">
          {organization.website}
        </Anchor>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Card withBorder>
          <Text size="xl" fw={700}>
            {format.number(organization.offerings.totalCount)}
          </Text>
          <Text size="sm">{t('counts.offerings')}</Text>
        </Card>
        <Card withBorder>
          <Text size="xl" fw={700}>
            {format.number(organization.needs.totalCount)}
          </Text>
          <Text size="sm">{t('counts.needs')}</Text>
        </Card>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ListingList title={t('lists.offerings')} empty={t('lists.noOfferings')} items={organization.offerings.edges.map(({ node }) => ({ id: node.id, to: `/offerings/${node.id}`, title: node.title }))} more={organization.offerings.totalCount > 10 ? t('lists.more', { count: organization.offerings.totalCount - 10 }) : null} />
        <ListingList title={t('lists.needs')} empty={t('lists.noNeeds')} items={organization.needs.edges.map(({ node }) => ({ id: node.id, to: `/needs/${node.id}`, title: node.title }))} more={organization.needs.totalCount > 10 ? t('lists.more', { count: organization.needs.totalCount - 10 }) : null} />
      </SimpleGrid>
      {organization.sectors.length > 0 && (
        <Stack gap={6}>
          <Text fw={600}>{t('fields.sectors')}</Text>
          <Group gap={6}>
            {organization.sectors.map((sector) => (
              <Badge key={sector.code} variant="light" tt="none">
                {categoryName(sector)}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** Up to ten published offerings or open needs of the organization, as links. */
function ListingList({ title, empty, items, more }: { title: string; empty: string; items: Array<{ id: string; to: string; title: string }>; more: string | null }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item) => (
            <li key={item.id}>
              <Anchor component={Link} to={item.to} size="sm">
                {item.title}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
      {more && (
        <Text size="xs" c="dimmed" mt="xs">
          {more}
        </Text>
      )}
    </Card>
  );
}
