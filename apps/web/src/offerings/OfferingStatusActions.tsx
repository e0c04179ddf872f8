import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListingStatus } from '../gql-pages/graphql';
import { problemOf } from '../shared/errors';
import { notify } from '../shared/notify';
import { useProblemText } from '../shared/useProblemText';
import { NEXT_OFFERING_STATUSES, useSetOfferingStatus } from './my-offerings.hooks';

/** Edit, and the status moves the offering allows now (publish a draft, archive, publish again). */
export function OfferingStatusActions({ offering, size = 'sm', edit = true }: { offering: { id: string; status: ListingStatus; title: string }; size?: 'xs' | 'sm'; edit?: boolean }) {
  const { t } = useTranslation('myOfferings');
  const { bannerText } = useProblemText();
  const [setStatus, { loading }] = useSetOfferingStatus();
  const move = async (status: ListingStatus) => {
    try {
      await setStatus({ variables: { id: offering.id, status } });
      notify('teal', t(`moved.${status}`, { title: offering.title }));
    } catch (error) {
      notify('red', bannerText(problemOf(error)));
    }
  };
  return (
    <Group gap="xs">
      {edit && (
        <Button component={Link} to={`/offerings/${offering.id}/edit`} variant="default" size={size}>
          {t('actions.edit')}
        </Button>
      )}
      {NEXT_OFFERING_STATUSES[offering.status].map((status) => (
        <Button key={status} variant={status === 'PUBLISHED' ? 'filled' : 'light'} color={status === 'ARCHIVED' ? 'orange' : undefined} size={size} loading={loading} onClick={() => void move(status)}>
          {t(`actions.${offering.status === 'ARCHIVED' ? 'republish' : status}`)}
        </Button>
      ))}
    </Group>
  );
}
