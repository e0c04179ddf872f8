import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionProvider';
import type { MemberFieldsFragment, MembershipRole } from '../gql-pages/graphql';
import { ConfirmButton } from '../shared/ConfirmButton';
import { problemOf } from '../shared/errors';
import { notify } from '../shared/notify';
import { useProblemText } from '../shared/useProblemText';
import { useChangeMemberRole, useRemoveMember, useTransferOwnership } from './settings.hooks';

interface MembersSectionProps {
  organizationId: string;
  members: MemberFieldsFragment[];
  /** The signed-in user's id and whether they own the organization (only owners change anything). */
  me: string;
  owner: boolean;
}

/** The organization's people with their roles; owners change roles, remove members and hand ownership over. */
export function MembersSection({ organizationId, members, me, owner }: MembersSectionProps) {
  const { t } = useTranslation('settings');
  const { bannerText } = useProblemText();
  const [changeRole] = useChangeMemberRole();
  const [remove] = useRemoveMember();
  const [transfer] = useTransferOwnership();
  const { reloadUser } = useSession();
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notify('teal', done);
    } catch (error) {
      notify('red', bannerText(problemOf(error), { CONFLICT: 'settings:members.lastOwner' }));
    }
  };
  const setRole = (member: MemberFieldsFragment, role: MembershipRole) =>
    run(() => changeRole({ variables: { organizationId, userId: member.id, role } }), t('members.roleChanged', { name: member.displayName, role: t(`roles.${role}`) }));

  return (
    <Stack gap={0} component="ul" aria-label={t('members.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {members.map((member, i) => (
        <Group key={member.id} component="li" justify="space-between" align="flex-start" gap="xs" py="sm" style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}>
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {member.displayName}
              </Text>
              {member.id === me && (
                <Text span size="xs" c="dimmed">
                  {t('members.you')}
                </Text>
              )}
              <Badge variant="light" color={member.membershipRole === 'OWNER' ? 'brand' : 'gray'} tt="none">
                {t(`roles.${member.membershipRole ?? 'MEMBER'}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[member.position, member.email].filter(Boolean).join(' · ')}
            </Text>
            {!member.emailVerified && (
              <Text size="xs" c="orange.9">
                {t('members.unverified')}
              </Text>
            )}
          </Stack>
          {owner && member.id !== me && (
            <Group gap={6} wrap="wrap">
              <Button size="compact-xs" variant="default" onClick={() => void setRole(member, member.membershipRole === 'OWNER' ? 'MEMBER' : 'OWNER')}>
                {member.membershipRole === 'OWNER' ? t('members.makeMember') : t('members.makeOwner')}
              </Button>
              <ConfirmButton
                size="compact-xs"
                variant="default"
                title={t('members.transferTitle')}
                text={t('members.transferText', { name: member.displayName })}
                confirmLabel={t('members.transfer')}
                cancelLabel={t('cancel')}
                onConfirm={() =>
                  run(async () => {
                    await transfer({ variables: { organizationId, userId: member.id } });
                    await reloadUser();
                  }, t('members.transferred', { name: member.displayName }))
                }
              >
                {t('members.transfer')}
              </ConfirmButton>
              <ConfirmButton
                size="compact-xs"
                variant="light"
                color="red"
                title={t('members.removeTitle')}
                text={t('members.removeText', { name: member.displayName })}
                confirmLabel={t('members.remove')}
                cancelLabel={t('cancel')}
                onConfirm={() => run(() => remove({ variables: { organizationId, userId: member.id } }), t('members.removed', { name: member.displayName }))}
              >
                {t('members.remove')}
              </ConfirmButton>
            </Group>
          )}
        </Group>
      ))}
    </Stack>
  );
}
