import { Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { VerifyEmailNotice } from '../auth/VerifyEmailNotice';
import { NotificationBell } from '../notifications/NotificationBell';
import { PageLoader } from '../shared/PageLoader';
import { AccountMenu } from './header/AccountMenu';
import { HeaderSearch } from './header/HeaderSearch';
import { LanguageSwitch } from './header/LanguageSwitch';
import { Logo } from './header/Logo';
import { NAV_ITEMS } from './navigation';
import { PageErrorBoundary } from './PageErrorBoundary';
import classes from './Shell.module.css';

// A layout of our own rather than Mantine's AppShell: the same header + navigation for ~1 KB instead of ~9 KB
// (AppShell brings its scroll-lock library), which keeps the home page's first load within its budget.
const SIZES = { '--header-height': '60px', '--navbar-width': '230px' } as CSSProperties;

/** The frame of every page: header (search, language, bell, account), side navigation, the page. */
export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { user, status } = useSession();
  const location = useLocation();
  useEffect(() => {
    close();
    // A new page starts at the top.
    window.scrollTo(0, 0);
  }, [location.pathname, close]);

  const items = NAV_ITEMS.filter((item) => item.when(user));
  const isActive = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname === to || location.pathname.startsWith(`${to}/`));

  return (
    <div style={SIZES}>
      <header className={classes.header}>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} gap="xs" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t(opened ? 'nav.close' : 'nav.open')} aria-expanded={opened} aria-controls="main-navigation" />
            <Logo />
          </Group>
          <HeaderSearch />
          <Group gap={4} wrap="nowrap">
            <LanguageSwitch />
            {status === 'signedIn' && (
              // Its texts load with it (signed-in visitors only).
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
            )}
            <AccountMenu />
          </Group>
        </Group>
      </header>
      <nav className={classes.navbar} id="main-navigation" aria-label={t('nav.label')} data-open={opened || undefined}>
        {items.map((item) => (
          <Link key={item.to} to={item.to} className={classes.link} aria-current={isActive(item.to) ? 'page' : undefined}>
            {t(item.label)}
          </Link>
        ))}
      </nav>
      <main className={classes.main}>
        <VerifyEmailNotice />
        <PageErrorBoundary key={location.pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
    </div>
  );
}
