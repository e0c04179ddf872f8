import { ActionIcon, Button, CopyButton, Flex, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationSettingsQuery } from '../gql-pages/graphql';
import { problemOf } from '../shared/errors';
import { useFormat } from '../shared/format';
import { CheckIcon, CopyIcon } from '../shared/icons';
import { useProblemText } from '../shared/useProblemText';
import { useCreateInvite } from './settings.hooks';

type PendingInvites = NonNullable<NonNullable<OrganizationSettingsQuery['organization']>['pendingInvites']>;

/** Owners invite a colleague by e-mail (the API mails the link; it is shown here to copy too) and see open invitations. */
export function InvitesSection({ organizationId, pending }: { organizationId: string; pending: PendingInvites }) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const { bannerText, fieldText } = useProblemText();
  const [createInvite, { loading }] = useCreateInvite();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const address = email.trim();
    if (!/^\S+@\S+\.\S+$/.test(address)) return setError(t('invites.badEmail'));
    try {
      const { data } = await createInvite({ variables: { organizationId, email: address } });
      if (data) setLink({ email: address, url: `${window.location.origin}/invites/${data.createInvite}` });
      setEmail('');
    } catch (failure) {
      const problem = problemOf(failure);
      setError(problem.fields.some((f) => f.path.endsWith('email')) ? fieldText('email') : bannerText(problem, { CONFLICT: 'settings:invites.alreadyMember' }));
    }
  };

  return (
    <Stack gap="md">
      <form onSubmit={submit} noValidate>
        {/* On a phone the address gets the whole width and the button goes below it. */}
        <Flex gap="xs" direction={{ base: 'column', sm: 'row' }} align={{ base: 'stretch', sm: 'flex-end' }}>
          <TextInput flex={1} type="email" label={t('invites.email')} description={t('invites.emailHint')} value={email} error={error} onChange={(event) => setEmail(event.currentTarget.value)} />
          <Button type="submit" loading={loading}>
            {t('invites.send')}
          </Button>
        </Flex>
      </form>
      {link && (
        <Paper withBorder p="sm" bg="teal.0" role="status">
          <Stack gap={6}>
            <Text size="sm">{t('invites.sent', { email: link.email })}</Text>
            <Group gap="xs" wrap="nowrap">
              <TextInput flex={1} readOnly value={link.url} aria-label={t('invites.link')} onFocus={(event) => event.currentTarget.select()} />
              <CopyButton value={link.url}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('invites.copied') : t('invites.copy')} withArrow>
                    <ActionIcon variant={copied ? 'filled' : 'default'} size="lg" onClick={copy} aria-label={copied ? t('invites.copied') : t('invites.copy')}>
                      {copied ? <CheckIcon size={18} /> : <CopyIcon size={18} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Paper>
      )}
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('invites.pendingLabel')}
        </Text>
        {pending.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('invites.none')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('invites.pendingLabel')}>
            {pending.map((invite) => (
              <li key={invite.id}>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {invite.email}{' '}
                  <Text span size="xs" c="dimmed">
                    {t('invites.validUntil', { date: format.dateTime(invite.expiresAt) })}
                  </Text>
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </div>
    </Stack>
  );
}
