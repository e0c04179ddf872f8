import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VerifiedIcon } from './icons';

/** "Verified": the platform checked the organization's registration. */
export function VerifiedBadge({ verified, size = 'sm' }: { verified: boolean; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  if (!verified) return null;
  return (
    <Tooltip label={t('verified.hint')} withArrow>
      <Badge color="teal" variant="light" size={size} leftSection={<VerifiedIcon size={12} />} tabIndex={0}>
        {t('verified.label')}
      </Badge>
    </Tooltip>
  );
}
