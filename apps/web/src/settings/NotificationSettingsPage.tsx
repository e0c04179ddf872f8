import { Button, Group, Radio, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationDelivery, NotificationKind } from '../gql-pages/graphql';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf } from '../shared/errors';
import { notify } from '../shared/notify';
import { usePageTitle } from '../shared/usePageTitle';
import { useProblemText } from '../shared/useProblemText';
import { Section } from './OrganizationSettingsPage';
import { SettingsNav } from './SettingsNav';
import { useNotificationPreferences, useSetNotificationPreferences } from './settings.hooks';

const DELIVERIES: NotificationDelivery[] = ['INSTANT', 'DAILY_DIGEST', 'NEVER'];

/** How each kind of notification is mailed: at once, in a daily digest, or not at all (the bell shows them anyway). */
export function NotificationSettingsPage() {
  const { t } = useTranslation('settings');
  usePageTitle(t('notifications.title'));
  const { bannerText } = useProblemText();
  const { data, error, refetch } = useNotificationPreferences();
  const [save, { loading }] = useSetNotificationPreferences();
  const [values, setValues] = useState<Partial<Record<NotificationKind, NotificationDelivery>>>({});
  useEffect(() => {
    if (data) setValues(Object.fromEntries(data.notificationPreferences.map((p) => [p.kind, p.delivery])));
  }, [data]);
  const kinds = data?.notificationPreferences.map((p) => p.kind) ?? [];

  const submit = async () => {
    try {
      await save({ variables: { preferences: kinds.map((kind) => ({ kind, delivery: values[kind] ?? 'INSTANT' })) } });
      notify('teal', t('notifications.saved'));
    } catch (failure) {
      notify('red', bannerText(problemOf(failure)));
    }
  };

  return (
    <Stack gap="md" maw={960} mx="auto">
      <SettingsNav />
      <Title order={1} size="h2">
        {t('notifications.title')}
      </Title>
      <Section id="mail-title" title={t('notifications.mail')} lead={t('notifications.lead')}>
        {error && !data ? (
          <ErrorBanner error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Skeleton height={160} />
        ) : (
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={300}>
              <Table verticalSpacing="sm">
                <Table.Tbody>
                  {kinds.map((kind) => (
                    <Table.Tr key={kind}>
                      <Table.Td>
                        <Radio.Group label={t(`notifications.kinds.${kind}`)} value={values[kind] ?? 'INSTANT'} onChange={(value) => setValues((v) => ({ ...v, [kind]: value as NotificationDelivery }))}>
                          <Group gap="md" mt={6}>
                            {DELIVERIES.map((delivery) => (
                              <Radio key={delivery} value={delivery} label={t(`notifications.deliveries.${delivery}`)} />
                            ))}
                          </Group>
                        </Radio.Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">
              {t('notifications.bellHint')}
            </Text>
            <Group>
              <Button onClick={() => void submit()} loading={loading}>
                {t('notifications.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </Section>
    </Stack>
  );
}
