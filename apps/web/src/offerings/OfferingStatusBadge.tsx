import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListingStatus } from '../gql-pages/graphql';

const COLORS: Record<ListingStatus, string> = { DRAFT: 'gray', PUBLISHED: 'teal', ARCHIVED: 'orange' };

export function OfferingStatusBadge({ status }: { status: ListingStatus }) {
  const { t } = useTranslation('offerings');
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
