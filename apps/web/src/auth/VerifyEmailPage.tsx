import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { usePageTitle } from '../shared/usePageTitle';
import { useVerifyEmail } from './auth.hooks';
import { useSession } from './SessionProvider';

/** The mailed confirmation link (/verify-email?token=…): confirms the address, signed in or not. */
export function VerifyEmailPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('verify.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { status, user, reloadUser } = useSession();
  const [verify] = useVerifyEmail();
  const [state, setState] = useState<'checking' | 'done' | Problem>('checking');
  // A link is single-use: confirm it once, whatever re-renders.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || status === 'loading') return;
    sent.current = true;
    verify({ variables: { token } })
      .then(async () => {
        if (status === 'signedIn') await reloadUser();
        setState('done');
      })
      .catch((error: unknown) => setState(problemOf(error)));
  }, [token, verify, status, reloadUser]);

  return (
    <Stack maw={520} mx="auto" py="lg">
      <Title order={1} size="h2">
        {t('verify.title')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        {state === 'checking' ? (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text>{t('verify.checking')}</Text>
          </Group>
        ) : state === 'done' ? (
          <Stack gap="md" role="status">
            <Text fw={600}>{t('verify.done')}</Text>
            {status !== 'signedIn' ? (
              <Button component={Link} to="/login" w="fit-content">
                {t('verify.signIn')}
              </Button>
            ) : user?.organization ? (
              <Button component={Link} to="/" w="fit-content">
                {t('verify.continue')}
              </Button>
            ) : (
              <Button component={Link} to="/organization/new" w="fit-content">
                {t('verify.createOrganization')}
              </Button>
            )}
          </Stack>
        ) : (
          <ErrorBanner error={state} overrides={{ BAD_USER_INPUT: 'auth:verify.invalid', NOT_FOUND: 'auth:verify.invalid' }} />
        )}
      </Paper>
    </Stack>
  );
}
