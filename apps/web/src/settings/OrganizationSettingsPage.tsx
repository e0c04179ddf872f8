import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { ConfirmButton } from '../shared/ConfirmButton';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf } from '../shared/errors';
import { NoOrganization } from '../shared/NoOrganization';
import { notify } from '../shared/notify';
import { usePageTitle } from '../shared/usePageTitle';
import { useProblemText } from '../shared/useProblemText';
import { VerifiedBadge } from '../shared/VerifiedBadge';
import { InvitesSection } from './InvitesSection';
import { MembersSection } from './MembersSection';
import { OrganizationDetailsForm } from './OrganizationDetailsForm';
import { SettingsNav } from './SettingsNav';
import { useLeaveOrganization, useOrganizationSettings } from './settings.hooks';

export function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {lead && (
            <Text size="sm" c="dimmed">
              {lead}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** The organization's settings: details (owners edit), members and roles, invitations, leaving. */
export function OrganizationSettingsPage() {
  // The details form's namespace loads with the page (the form suspending later would remount it).
  const { t } = useTranslation(['settings', 'organization']);
  usePageTitle(t('organization.title'));
  const navigate = useNavigate();
  const { user, reloadUser } = useSession();
  const { bannerText } = useProblemText();
  const { data, error, refetch } = useOrganizationSettings(user?.organization?.id ?? null);
  const [leave] = useLeaveOrganization();
  if (!user?.organization) return <NoOrganization />;
  const organization = data?.organization;
  if (error && !organization) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  if (!organization) return <Skeleton height={480} />;
  const owner = user.membershipRole === 'OWNER';

  const leaveOrganization = async () => {
    try {
      await leave();
      await reloadUser();
      notify('gray', t('leave.done', { name: organization.name }));
      navigate('/');
    } catch (failure) {
      notify('red', bannerText(problemOf(failure), { CONFLICT: 'settings:leave.lastOwner' }));
    }
  };

  return (
    <Stack gap="md" maw={960} mx="auto">
      <SettingsNav />
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {organization.name}
        </Title>
        <VerifiedBadge verified={organization.verified} size="md" />
      </Group>
      <Text size="sm" c="dimmed">
        {owner ? t('organization.leadOwner') : t('organization.leadMember')}{' '}
        <Anchor component={Link} to={`/organizations/${organization.id}`} size="sm" underline="always">
          {t('organization.publicPage')}
        </Anchor>
      </Text>
      <Section id="details-title" title={t('details.title')} lead={organization.verified ? t('details.verified') : t('details.unverified')}>
        <OrganizationDetailsForm organization={organization} editable={owner} />
      </Section>
      <Section id="members-title" title={t('members.title')} lead={owner ? t('members.leadOwner') : t('members.leadMember')}>
        <MembersSection organizationId={organization.id} members={organization.members ?? []} me={user.id} owner={owner} />
      </Section>
      {owner && (
        <Section id="invites-title" title={t('invites.title')} lead={t('invites.lead')}>
          <InvitesSection organizationId={organization.id} pending={organization.pendingInvites ?? []} />
        </Section>
      )}
      <Section id="leave-title" title={t('leave.title')} lead={t('leave.lead')}>
        <Group>
          <ConfirmButton variant="light" color="red" title={t('leave.confirmTitle')} text={t('leave.confirmText', { name: organization.name })} confirmLabel={t('leave.button')} cancelLabel={t('cancel')} onConfirm={leaveOrganization}>
            {t('leave.button')}
          </ConfirmButton>
        </Group>
      </Section>
    </Stack>
  );
}
