import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/SessionProvider';

/** The settings pages as tabs: organization (members only), security, notifications. */
export function SettingsNav() {
  const { t } = useTranslation('settings');
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = [...(user?.organization ? ['organization'] : []), 'security', 'notifications'];
  return (
    <Tabs value={location.pathname.split('/')[2] ?? 'security'} onChange={(value) => value && navigate(`/settings/${value}`)}>
      <Tabs.List aria-label={t('nav')}>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab} value={tab}>
            {t(`tabs.${tab}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
