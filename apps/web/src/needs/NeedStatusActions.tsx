import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NeedStatus } from '../gql/graphql';
import { problemOf } from '../shared/errors';
import { useProblemText } from '../shared/useProblemText';
import { NEXT_STATUSES, useSetNeedStatus } from './needs.hooks';
import { notify } from '../shared/notify';

/** Edit, and the status moves the need allows now (publish, close, reopen, mark fulfilled). */
export function NeedStatusActions({ need, size = 'sm' }: { need: { id: string; status: NeedStatus; title: string }; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation('needs');
  const { bannerText } = useProblemText();
  const [setStatus, { loading }] = useSetNeedStatus();
  const move = async (status: NeedStatus) => {
    try {
      await setStatus({ variables: { id: need.id, status } });
      notify('teal', t(`moved.${status}`, { title: need.title }));
    } catch (error) {
      notify('red', bannerText(problemOf(error)));
    }
  };
  return (
    <Group gap="xs">
      {need.status !== 'FULFILLED' && (
        <Button component={Link} to={`/needs/${need.id}/edit`} variant="default" size={size}>
          {t('actions.edit')}
        </Button>
      )}
      {NEXT_STATUSES[need.status].map((status) => (
        <Button key={status} variant={status === 'OPEN' ? 'filled' : 'light'} color={status === 'CLOSED' ? 'orange' : undefined} size={size} loading={loading} onClick={() => void move(status)}>
          {t(`actions.${need.status === 'DRAFT' ? 'publish' : status}`)}
        </Button>
      ))}
    </Group>
  );
}
