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
              <Button component={Link} to="/search" variant="default">
                {t('mine.search')}
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
