import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { usePageTitle } from '../shared/usePageTitle';
import { useProblemText } from '../shared/useProblemText';
import { useRegister } from './auth.hooks';
import { safeNext } from './RequireAuth';
import { useSession } from './SessionProvider';

const FIELDS = ['email', 'password', 'displayName', 'position', 'phone'] as const;
const PASSWORD_MIN = 10;

/** A new account in the page's language; then on to creating the organization (or back to `?next=`). */
export function RegisterPage() {
  const { t, i18n } = useTranslation('auth');
  usePageTitle(t('register.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signIn, status } = useSession();
  const [register, { loading }] = useRegister();
  const { showAtFields } = useProblemText();
  const [problem, setProblem] = useState<Problem | null>(null);
  const next = safeNext(params.get('next'), '/organization/new');
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '', displayName: '', position: '', phone: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('errors.email')),
      password: (value) => (value.length >= PASSWORD_MIN ? null : t('errors.passwordLength', { min: PASSWORD_MIN })),
      displayName: (value) => (value.trim() ? null : t('errors.nameRequired')),
    },
  });
  if (status === 'signedIn') return <Navigate to={next} replace />;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const input = {
        email: values.email.trim(),
        password: values.password,
        displayName: values.displayName.trim(),
        position: values.position.trim() || null,
        phone: values.phone.trim() || null,
        locale: i18n.language === 'en' ? ('EN' as const) : ('RU' as const),
      };
      const { data } = await register({ variables: { input } });
      if (data) {
        signIn(data.register);
        navigate(next, { replace: true });
      }
    } catch (error) {
      const found = problemOf(error);
      if (found.code === 'CONFLICT') return form.setFieldError('email', t('errors.emailTaken'));
      if (showAtFields(found, form, FIELDS)) setProblem(found);
    }
  });

  return (
    <Stack maw={480} mx="auto" py="lg">
      <Title order={1} size="h2">
        {t('register.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('register.lead')}
      </Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput label={t('fields.displayName')} autoComplete="name" required key={form.key('displayName')} {...form.getInputProps('displayName')} />
            <TextInput label={t('fields.position')} autoComplete="organization-title" key={form.key('position')} {...form.getInputProps('position')} />
            <TextInput label={t('fields.email')} type="email" autoComplete="email" required key={form.key('email')} {...form.getInputProps('email')} />
            <TextInput label={t('fields.phone')} type="tel" autoComplete="tel" description={t('fields.phoneHint')} key={form.key('phone')} {...form.getInputProps('phone')} />
            <PasswordInput
              label={t('fields.password')}
              description={t('fields.passwordHint', { min: PASSWORD_MIN })}
              autoComplete="new-password"
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            {problem && <ErrorBanner error={problem} />}
            <Button type="submit" loading={loading} fullWidth>
              {t('register.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text size="sm" ta="center">
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to={`/login${params.get('next') ? `?next=${encodeURIComponent(params.get('next') ?? '')}` : ''}`}>
          {t('register.signIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
