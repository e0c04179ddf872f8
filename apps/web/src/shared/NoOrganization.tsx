import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** For pages that need an organization, shown to a user who has none yet. */
export function NoOrganization() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" maw={560} mx="auto">
      <Stack gap="sm" align="flex-start">
        <Title order={1} size="h3">
          {t('noOrganization.title')}
        </Title>
        <Text size="sm">{t('noOrganization.text')}</Text>
        <Button component={Link} to="/organization/new">
          {t('nav.createOrganization')}
        </Button>
      </Stack>
    </Card>
  );
}
