import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactCardFieldsFragment } from '../gql/graphql';
import { MailIcon, PhoneIcon } from '../shared/icons';
import { useLabels } from '../shared/labels';

/** The other side's contact person, shown once a request is accepted. */
export function ContactCard({ card, title }: { card: ContactCardFieldsFragment; title: string }) {
  const { t } = useTranslation('contacts');
  const labels = useLabels();
  return (
    <Card withBorder padding="sm" bg="teal.0" role="group" aria-label={title}>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {title}
        </Text>
        <Text fw={600}>{card.name}</Text>
        <Text size="sm">{[card.position, card.organizationName, card.organizationRegionCode && labels.region(card.organizationRegionCode)].filter(Boolean).join(', ')}</Text>
        <Group gap="md" wrap="wrap">
          <Anchor href={`mailto:${card.email}`} size="sm" aria-label={t('card.email', { email: card.email })}>
            <Group gap={4} wrap="nowrap">
              <MailIcon size={16} />
              {card.email}
            </Group>
          </Anchor>
          {card.phone && (
            <Anchor href={`tel:${card.phone.replace(/[^\d+]/g, '')}`} size="sm" aria-label={t('card.phone', { phone: card.phone })}>
              <Group gap={4} wrap="nowrap">
                <PhoneIcon size={16} />
                {card.phone}
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
