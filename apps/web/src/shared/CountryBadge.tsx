import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The organization's country as a short badge ("BY" / "RU") with its name for screen readers and tooltips. */
export function CountryBadge({ country }: { country: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={country === 'BY' ? 'teal' : 'indigo'} size="sm" title={t(`countries.${country}`)}>
      <span aria-hidden="true">{country}</span>
      <span className="sr-only">{t(`countries.${country}`)}</span>
    </Badge>
  );
}
