import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { PageLoader } from '../shared/PageLoader';
import { usePageTitle } from '../shared/usePageTitle';
import { useAcceptInvite } from './auth.hooks';
import { useSession } from './SessionProvider';

/** An invite link: sign in or register with the invited address, then join the organization. */
export function AcceptInvitePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('auth');
  usePageTitle(t('invite.title'));
  const navigate = useNavigate();
  const { status, user, reloadUser } = useSession();
  const [accept, { loading }] = useAcceptInvite();
  const [problem, setProblem] = useState<Problem | null>(null);
  const here = encodeURIComponent(`/invites/${code}`);

  if (status === 'loading') return <PageLoader />;
  return (
    <Stack maw={520} mx="auto" py="lg">
      <Title order={1} size="h2">
        {t('invite.title')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        {status !== 'signedIn' ? (
          <Stack gap="md">
            <Text>{t('invite.signInFirst')}</Text>
            <Group>
              <Button component={Link} to={`/login?next=${here}`}>
                {t('invite.signIn')}
              </Button>
              <Button component={Link} to={`/register?next=${here}`} variant="default">
                {t('invite.register')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            <Text>{user?.organization ? t('invite.alreadyMember', { organization: user.organization.name }) : t('invite.join')}</Text>
            {problem && (
              <ErrorBanner error={problem} overrides={{ NOT_FOUND: 'auth:invite.invalid', FORBIDDEN: 'auth:invite.otherEmail', CONFLICT: 'auth:invite.conflict', BAD_USER_INPUT: 'auth:invite.invalid' }} />
            )}
            <Button
              loading={loading}
              disabled={Boolean(user?.organization)}
              onClick={async () => {
                setProblem(null);
                try {
                  const { data } = await accept({ variables: { code } });
                  await reloadUser();
                  const organization = data?.acceptInvite.organization;
                  navigate(organization ? `/organizations/${organization.id}` : '/');
                } catch (error) {
                  setProblem(problemOf(error));
                }
              }}
            >
              {t('invite.accept')}
            </Button>
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
