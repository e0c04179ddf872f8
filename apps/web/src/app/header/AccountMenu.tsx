import { Button, Divider, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/SessionProvider';
import { UserIcon } from '../../shared/icons';
import classes from './AccountMenu.module.css';

/**
 * Signed in: who you are, your organization and sign-out, in a native popover (the browser handles Escape,
 * outside clicks and focus return: no positioning library in the first load). Signed out: "Sign in".
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { status, user, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.hidePopover?.();
  }, [location.pathname]);
  if (status === 'loading') return null;
  if (!user) {
    const next = location.pathname === '/login' || location.pathname === '/register' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <Button component={Link} to={`/login${next}`} size="compact-md" variant="light">
        {t('header.signIn')}
      </Button>
    );
  }
  const close = () => panel.current?.hidePopover?.();
  return (
    <>
      <UnstyledButton className={classes.trigger} popoverTarget={id} aria-label={t('header.account', { name: user.displayName })}>
        <UserIcon />
      </UnstyledButton>
      <div id={id} popover="auto" ref={panel} className={classes.panel}>
        <Paper shadow="md" withBorder p="xs" w={260} role="group" aria-label={t('header.accountMenu')}>
          <Stack gap={2}>
            <Text size="sm" fw={600} px="xs" pt={4}>
              {user.displayName}
            </Text>
            {user.organization && (
              <Text size="xs" c="dimmed" px="xs" pb={4}>
                {user.organization.name}
              </Text>
            )}
            <Divider my={4} />
            <UnstyledButton component={Link} to={user.organization ? `/organizations/${user.organization.id}` : '/organization/new'} className={classes.item} onClick={close}>
              {user.organization ? t('header.myOrganization') : t('nav.createOrganization')}
            </UnstyledButton>
            <UnstyledButton component={Link} to="/notifications" className={classes.item} onClick={close}>
              {t('nav.notifications')}
            </UnstyledButton>
            <Divider my={4} />
            <UnstyledButton
              className={classes.item}
              c="red.7"
              onClick={async () => {
                close();
                await signOut();
                navigate('/');
              }}
            >
              {t('header.signOut')}
            </UnstyledButton>
          </Stack>
        </Paper>
      </div>
    </>
  );
}
