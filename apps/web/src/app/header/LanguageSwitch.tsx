import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionProvider';
import { LanguageIcon } from '../../shared/icons';

/** One click switches RU <-> EN; the choice is remembered in this browser and, when signed in, on the account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSession();
  const other = i18n.language === 'en' ? 'ru' : 'en';
  return (
    <Button
      variant="subtle"
      size="compact-md"
      px={6}
      leftSection={<LanguageIcon size={18} />}
      onClick={() => void setLanguage(other)}
      lang={other}
      // Worded in the language it switches to (the same text in both locale files).
      aria-label={t(`languages.switchTo.${other}`)}
      title={t(`languages.switchTo.${other}`)}
    >
      {other.toUpperCase()}
    </Button>
  );
}
