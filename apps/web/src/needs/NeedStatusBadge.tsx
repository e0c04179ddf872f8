import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NeedStatus } from '../gql/graphql';

const COLORS: Record<NeedStatus, string> = { DRAFT: 'gray', OPEN: 'teal', CLOSED: 'orange', FULFILLED: 'brand' };

export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  const { t } = useTranslation('needs');
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
