import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../shared/errors';
import { notify } from '../shared/notify';
import { useProblemText } from '../shared/useProblemText';
import { useRespondToContactRequest } from './respond.hooks';

const MAX = 2000;

/** Accept or decline a received request, with an optional reply the requester reads. */
export function RespondToRequest({ requestId, organization }: { requestId: string; organization: string }) {
  const { t } = useTranslation('contacts');
  const { bannerText } = useProblemText();
  const [message, setMessage] = useState('');
  const [respond, { loading }] = useRespondToContactRequest();
  const [choice, setChoice] = useState<boolean | null>(null);
  const tooLong = [...message].length > MAX;
  const answer = async (accept: boolean) => {
    setChoice(accept);
    try {
      await respond({ variables: { input: { id: requestId, accept, message: message.trim() || null } } });
      notify(accept ? 'teal' : 'gray', t(accept ? 'respond.accepted' : 'respond.declined', { organization }));
    } catch (error) {
      notify('red', bannerText(problemOf(error), { CONFLICT: 'contacts:errors.notPending' }));
    }
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t('respond.reply')}
        description={t('respond.replyHint', { count: [...message].length, max: MAX })}
        autosize
        minRows={2}
        maxRows={6}
        value={message}
        error={tooLong ? t('respond.tooLong', { max: MAX }) : undefined}
        onChange={(event) => setMessage(event.currentTarget.value)}
      />
      <Group justify="flex-end" gap="xs">
        <Button variant="light" color="red" size="xs" loading={loading && choice === false} disabled={tooLong || (loading && choice !== false)} onClick={() => void answer(false)}>
          {t('respond.decline')}
        </Button>
        <Button size="xs" loading={loading && choice === true} disabled={tooLong || (loading && choice !== true)} onClick={() => void answer(true)}>
          {t('respond.accept')}
        </Button>
      </Group>
    </Stack>
  );
}
