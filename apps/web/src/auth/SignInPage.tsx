import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { usePageTitle } from '../shared/usePageTitle';
import { useLogin } from './auth.hooks';
import { safeNext } from './RequireAuth';
import { useSession } from './SessionProvider';

/** Sign-in; afterwards back to the page that asked for it (`?next=`). */
export function SignInPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const { signIn, status } = useSession();
  const [login, { loading }] = useLogin();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('errors.email')),
      password: (value) => (value ? null : t('errors.passwordRequired')),
    },
  });
  if (status === 'signedIn') return <Navigate to={next} replace />;

  const submit = form.onSubmit(async ({ email, password }) => {
    setProblem(null);
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (data) {
        signIn(data.login);
        navigate(next, { replace: true });
      }
    } catch (error) {
      setProblem(problemOf(error));
    }
  });

  return (
    <Stack maw={420} mx="auto" py="lg">
      <Title order={1} size="h2">
        {t('signIn.title')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput label={t('fields.email')} type="email" autoComplete="email" required key={form.key('email')} {...form.getInputProps('email')} />
            <PasswordInput label={t('fields.password')} autoComplete="current-password" required key={form.key('password')} {...form.getInputProps('password')} />
            <Anchor component={Link} to="/forgot-password" size="sm" mt={-8}>
              {t('signIn.forgot')}
            </Anchor>
            {problem && <ErrorBanner error={problem} overrides={{ UNAUTHENTICATED: 'auth:errors.wrongCredentials' }} />}
            <Button type="submit" loading={loading} fullWidth>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text size="sm" ta="center">
        {t('signIn.noAccount')}{' '}
        <Anchor component={Link} to={`/register${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t('signIn.register')}
        </Anchor>
      </Text>
    </Stack>
  );
}
