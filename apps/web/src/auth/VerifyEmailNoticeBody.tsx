import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { useResendVerification } from './auth.hooks';
import { useSession } from './SessionProvider';

/** The notice itself (loaded only for a signed-in user whose address is unconfirmed). */
export default function VerifyEmailNoticeBody() {
  const { t } = useTranslation('auth');
  const { user } = useSession();
  const [resend, { loading }] = useResendVerification();
  const [outcome, setOutcome] = useState<'sent' | Problem | null>(null);
  if (!user) return null;
  return (
    <Alert color="yellow" variant="light" mb="md" title={t('notice.title')}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{t('notice.text', { email: user.email })}</Text>
        <Button
          size="xs"
          variant="default"
          loading={loading}
          disabled={outcome === 'sent'}
          onClick={async () => {
            try {
              await resend();
              setOutcome('sent');
            } catch (error) {
              setOutcome(problemOf(error));
            }
          }}
        >
          {outcome === 'sent' ? t('notice.sent') : t('notice.resend')}
        </Button>
      </Group>
      {outcome && outcome !== 'sent' && <ErrorBanner error={outcome} />}
    </Alert>
  );
}
