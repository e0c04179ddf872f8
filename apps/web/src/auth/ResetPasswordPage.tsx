import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { usePageTitle } from '../shared/usePageTitle';
import { useResetPassword } from './auth.hooks';
import { useSession } from './SessionProvider';

const PASSWORD_MIN = 10;

/** The mailed reset link (/reset-password?token=…): a new password; every session of the account ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('reset.title'));
  const [params] = useSearchParams();
  const { status, signOut } = useSession();
  const [reset, { loading }] = useResetPassword();
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '' },
    validate: { password: (value) => (value.length >= PASSWORD_MIN ? null : t('errors.passwordLength', { min: PASSWORD_MIN })) },
  });
  const submit = form.onSubmit(async ({ password }) => {
    setProblem(null);
    try {
      await reset({ variables: { token: params.get('token') ?? '', password } });
      // The reset ended every session, this browser's too.
      if (status === 'signedIn') await signOut();
      setDone(true);
    } catch (error) {
      setProblem(problemOf(error));
    }
  });
  return (
    <Stack maw={420} mx="auto" py="lg">
      <Title order={1} size="h2">
        {t('reset.title')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        {done ? (
          <Stack gap="md" role="status">
            <Text>{t('reset.done')}</Text>
            <Button component={Link} to="/login" w="fit-content">
              {t('reset.signIn')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <PasswordInput
                label={t('reset.password')}
                description={t('fields.passwordHint', { min: PASSWORD_MIN })}
                autoComplete="new-password"
                required
                key={form.key('password')}
                {...form.getInputProps('password')}
              />
              {problem && <ErrorBanner error={problem} overrides={{ BAD_USER_INPUT: 'auth:reset.invalid' }} />}
              <Button type="submit" loading={loading}>
                {t('reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Stack>
  );
}
