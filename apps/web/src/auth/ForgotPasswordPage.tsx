import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { usePageTitle } from '../shared/usePageTitle';
import { useRequestPasswordReset } from './auth.hooks';

/** Asks for a reset link; the answer is the same whether the address has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('forgot.title'));
  const [request, { loading }] = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('errors.email')) },
  });
  const submit = form.onSubmit(async ({ email }) => {
    setProblem(null);
    try {
      await request({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (error) {
      setProblem(problemOf(error));
    }
  });
  return (
    <Stack maw={420} mx="auto" py="lg">
      <Title order={1} size="h2">
        {t('forgot.title')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        {sentTo ? (
          <Text role="status">{t('forgot.sent', { email: sentTo })}</Text>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Text size="sm">{t('forgot.lead')}</Text>
              <TextInput label={t('fields.email')} type="email" autoComplete="email" required key={form.key('email')} {...form.getInputProps('email')} />
              {problem && <ErrorBanner error={problem} />}
              <Button type="submit" loading={loading}>
                {t('forgot.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('forgot.back')}
      </Anchor>
    </Stack>
  );
}
