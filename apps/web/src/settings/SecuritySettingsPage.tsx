import { Badge, Button, Group, PasswordInput, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionProvider';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf } from '../shared/errors';
import { useFormat } from '../shared/format';
import { notify } from '../shared/notify';
import { usePageTitle } from '../shared/usePageTitle';
import { useProblemText } from '../shared/useProblemText';
import { Section } from './OrganizationSettingsPage';
import { SettingsNav } from './SettingsNav';
import { useChangeEmail, useChangePassword, useEndSession, useMySessions } from './settings.hooks';

const MIN_PASSWORD = 10;

/** The account's security: where it is signed in (end a session), the password, the e-mail address. */
export function SecuritySettingsPage() {
  const { t } = useTranslation('settings');
  usePageTitle(t('security.title'));
  const { user } = useSession();
  return (
    <Stack gap="md" maw={960} mx="auto">
      <SettingsNav />
      <Title order={1} size="h2">
        {t('security.title')}
      </Title>
      <Section id="sessions-title" title={t('sessions.title')} lead={t('sessions.lead')}>
        <Sessions />
      </Section>
      <Section id="password-title" title={t('password.title')} lead={t('password.lead')}>
        <ChangePassword />
      </Section>
      <Section id="email-title" title={t('email.title')} lead={t('email.lead', { email: user?.email ?? '' })}>
        <ChangeEmail />
      </Section>
    </Stack>
  );
}

function Sessions() {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const { bannerText } = useProblemText();
  const { data, error, refetch } = useMySessions();
  const [end, { loading }] = useEndSession();
  if (error && !data) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={80} />;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('sessions.title')}>
      {data.sessions.map((session) => (
        <Group key={session.id} component="li" justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
            <Text size="sm" fw={600} lineClamp={1}>
              {session.userAgent || t('sessions.unknownDevice')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('sessions.used', { date: format.dateTime(session.lastUsedAt) })}
              {session.ipAddress && ` · ${session.ipAddress}`} · {t('sessions.started', { date: format.dateTime(session.createdAt) })}
            </Text>
          </Stack>
          {session.current ? (
            <Badge variant="light" color="teal" tt="none">
              {t('sessions.current')}
            </Badge>
          ) : (
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              loading={loading}
              onClick={async () => {
                try {
                  await end({ variables: { id: session.id } });
                  notify('gray', t('sessions.ended'));
                } catch (failure) {
                  notify('red', bannerText(problemOf(failure)));
                }
              }}
            >
              {t('sessions.end')}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function ChangePassword() {
  const { t } = useTranslation('settings');
  const { bannerText } = useProblemText();
  const [change, { loading }] = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ([...next].length < MIN_PASSWORD) return setErrors({ next: t('password.tooShort', { min: MIN_PASSWORD }) });
    setErrors({});
    try {
      await change({ variables: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      notify('teal', t('password.changed'));
    } catch (failure) {
      const problem = problemOf(failure);
      if (problem.fields.some((f) => f.path.endsWith('currentPassword'))) return setErrors({ current: t('password.wrongCurrent') });
      if (problem.fields.some((f) => f.path.endsWith('newPassword'))) return setErrors({ next: t('password.tooShort', { min: MIN_PASSWORD }) });
      notify('red', bannerText(problem));
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <PasswordInput label={t('password.current')} autoComplete="current-password" value={current} error={errors.current} onChange={(e) => setCurrent(e.currentTarget.value)} required />
        <PasswordInput label={t('password.new')} description={t('password.newHint', { min: MIN_PASSWORD })} autoComplete="new-password" value={next} error={errors.next} onChange={(e) => setNext(e.currentTarget.value)} required />
        <Group>
          <Button type="submit" loading={loading}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangeEmail() {
  const { t } = useTranslation('settings');
  const { bannerText } = useProblemText();
  const [change, { loading }] = useChangeEmail();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) return setErrors({ email: t('email.bad') });
    setErrors({});
    try {
      await change({ variables: { newEmail: email.trim(), currentPassword: password } });
      setSentTo(email.trim());
      setEmail('');
      setPassword('');
    } catch (failure) {
      const problem = problemOf(failure);
      if (problem.fields.some((f) => f.path.endsWith('currentPassword'))) return setErrors({ password: t('password.wrongCurrent') });
      if (problem.fields.some((f) => f.path.endsWith('newEmail'))) return setErrors({ email: t('email.bad') });
      notify('red', bannerText(problem));
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <TextInput type="email" label={t('email.new')} autoComplete="email" value={email} error={errors.email} onChange={(e) => setEmail(e.currentTarget.value)} required />
        <PasswordInput label={t('password.current')} autoComplete="current-password" value={password} error={errors.password} onChange={(e) => setPassword(e.currentTarget.value)} required />
        {sentTo && (
          <Text size="sm" c="teal.9" role="status">
            {t('email.sent', { email: sentTo })}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            {t('email.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
