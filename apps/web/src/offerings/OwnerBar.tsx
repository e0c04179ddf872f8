import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListingStatus } from '../gql-pages/graphql';
import { OfferingStatusActions } from './OfferingStatusActions';

/** Above the supplier's own offering: what this page is (a draft's preview as buyers will see it) and what to do next. */
export function OwnerBar({ offering }: { offering: { id: string; title: string; status: ListingStatus } }) {
  const { t } = useTranslation('myOfferings');
  return (
    <Card withBorder padding="sm" bg="brand.0" role="region" aria-label={t('owner.label')}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t(`owner.${offering.status}`)}
        </Text>
        <Group gap="xs" wrap="wrap">
          <OfferingStatusActions offering={offering} size="xs" />
          {offering.status === 'PUBLISHED' && (
            <Button component={Link} to={`/offerings/${offering.id}/matches`} variant="light" size="xs">
              {t('list.showMatches')}
            </Button>
          )}
          <Button component={Link} to="/offerings" variant="subtle" size="xs">
            {t('list.title')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
