import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfferingFacts } from '../offerings/OfferingFacts';
import { OrganizationLine } from '../organization/OrganizationLine';
import { Highlighted } from '../shared/Highlighted';
import type { OfferingHit } from './search.hooks';

/** One search result: the title (matched words marked), where it matched, who offers it and the facts. */
export function OfferingHitCard({ hit }: { hit: OfferingHit }) {
  const { t } = useTranslation(['search', 'offerings']);
  const { offering } = hit;
  const title = hit.highlights.find((h) => h.field === 'title');
  const snippet = hit.highlights.find((h) => h.field === 'description') ?? hit.highlights.find((h) => h.field === 'keywords');
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`hit-${offering.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor component={Link} to={`/offerings/${offering.id}`} fw={600} size="md" id={`hit-${offering.id}`} c="brand.8">
            {title ? <Highlighted snippet={title.snippet} original={offering.title} /> : offering.title}
          </Anchor>
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {t(`offerings:kinds.${offering.kind}`)}
          </Badge>
        </Group>
        <OrganizationLine organization={offering.organization} />
        {snippet ? (
          <Text size="sm" c="dark.5" lineClamp={3}>
            {snippet.field === 'keywords' && `${t('hit.keywords')}: `}
            <Highlighted snippet={snippet.snippet} original={snippet.field === 'description' ? offering.description : undefined} />
          </Text>
        ) : (
          <Text size="sm" c="dark.5" lineClamp={2}>
            {offering.description}
          </Text>
        )}
        <OfferingFacts offering={offering} />
      </Stack>
    </Card>
  );
}
