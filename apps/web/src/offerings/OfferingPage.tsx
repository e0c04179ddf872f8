import { Anchor, Badge, Breadcrumbs, Card, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { useSession } from '../auth/SessionProvider';
import { useCategoryLabel, useCategoryName } from '../categories/categories.hooks';
import { ContactAction } from '../contacts/ContactAction';
import { OrganizationLine } from '../organization/OrganizationLine';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { useLabels } from '../shared/labels';
import { usePageTitle } from '../shared/usePageTitle';
import { OfferingFacts } from './OfferingFacts';
import { OwnerBar } from './OwnerBar';
import { useOffering } from './offerings.hooks';
import { hasTradeCode } from '../categories/category-code';

/** An offering as buyers see it: every field, who offers it (verified or not) and "Request contact". */
export function OfferingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('offerings');
  const format = useFormat();
  const labels = useLabels();
  const categoryName = useCategoryName();
  const categoryLabel = useCategoryLabel();
  const { user } = useSession();
  const { data, loading, error, refetch } = useOffering(id);
  const offering = data?.offering;
  usePageTitle(offering?.title ?? t('title'));

  if (error && !offering) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  if (!offering) return loading ? <Skeleton height={320} radius="md" /> : <NotFoundPage />;

  return (
    <Stack gap="md" maw={1100} mx="auto">
      {user?.organization?.id === offering.organization.id && <OwnerBar offering={offering} />}
      <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
        <Anchor component={Link} to="/search" size="sm">
          {t('breadcrumbs.search')}
        </Anchor>
        {offering.category.parent && (
          <Anchor component={Link} to={`/search?category=${encodeURIComponent(offering.category.parent.code)}`} size="sm" truncate="end" maw={{ base: 160, sm: 420 }}>
            {categoryName(offering.category.parent)}
          </Anchor>
        )}
        <Anchor component={Link} to={`/search?category=${encodeURIComponent(offering.category.code)}`} size="sm">
          {hasTradeCode(offering.category.code) ? offering.category.code : categoryName(offering.category)}
        </Anchor>
      </Breadcrumbs>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Group gap="xs">
              <Badge variant="light">{t(`kinds.${offering.kind}`)}</Badge>
              {offering.status !== 'PUBLISHED' && (
                <Badge color="gray" variant="outline">
                  {t(`statuses.${offering.status}`)}
                </Badge>
              )}
            </Group>
            <Title order={1} size="h2">
              {offering.title}
            </Title>
            <OrganizationLine organization={offering.organization} />
            <OfferingFacts offering={offering} />
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h4" mb="xs">
                {t('description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{offering.description}</Text>
            </Paper>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Detail label={t('fields.deliveryRegions')} value={offering.deliveryRegionCodes.map(labels.region).join(', ') || t('fields.none')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Detail label={t('fields.category')} value={categoryLabel(offering.category, ' — ')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Detail label={t('fields.keywords')} value={offering.keywords.join(', ') || t('fields.none')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Detail label={t('fields.validUntil')} value={offering.validUntil ? format.date(offering.validUntil) : t('fields.noExpiry')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Detail label={t('fields.updated')} value={format.date(offering.updatedAt)} />
              </Grid.Col>
            </Grid>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder padding="lg" radius="md" pos="sticky" top={80}>
            <Stack gap="sm">
              <Text fw={600}>{t('supplier')}</Text>
              <OrganizationLine organization={offering.organization} />
              {offering.organization.city && (
                <Text size="sm" c="dimmed">
                  {offering.organization.city}
                </Text>
              )}
              {offering.organization.website && (
                <Anchor href={offering.organization.website} target="_blank" rel="noopener noreferrer nofollow" size="sm">
                  {offering.organization.website}
                </Anchor>
              )}
              <Text size="sm" c="dimmed">
                {t('contactHint')}
              </Text>
              <ContactAction
                listing={{ kind: 'offering', id: offering.id, title: offering.title, organization: offering.organization }}
                request={offering.myContactRequest}
              />
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
