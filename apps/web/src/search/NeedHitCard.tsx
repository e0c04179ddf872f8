import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCategoryLabel } from '../categories/categories.hooks';
import { OrganizationLine } from '../organization/OrganizationLine';
import { useFormat } from '../shared/format';
import { Highlighted } from '../shared/Highlighted';
import { useLabels } from '../shared/labels';
import type { NeedHit } from './need-search.hooks';

/** One need found: the title (matched words marked), the buyer, what and how much, by when, where. */
export function NeedHitCard({ hit }: { hit: NeedHit }) {
  const { t } = useTranslation(['needSearch', 'needs']);
  const format = useFormat();
  const labels = useLabels();
  const categoryLabel = useCategoryLabel();
  const { need } = hit;
  const title = hit.highlights.find((h) => h.field === 'title');
  const snippet = hit.highlights.find((h) => h.field === 'description');
  const budget = format.moneyRange(need.budget, { from: t('needs:budget.from'), upTo: t('needs:budget.upTo') });
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`need-hit-${need.id}`}>
      <Stack gap="xs">
        <Anchor component={Link} to={`/needs/${need.id}`} fw={600} id={`need-hit-${need.id}`} c="brand.8">
          {title ? <Highlighted snippet={title.snippet} original={need.title} /> : need.title}
        </Anchor>
        <OrganizationLine organization={need.organization} />
        <Text size="sm" c="dark.5" lineClamp={3}>
          {snippet ? <Highlighted snippet={snippet.snippet} original={need.description} /> : need.description}
        </Text>
        <Text size="sm" c="dimmed">
          {[
            categoryLabel(need.category),
            need.quantity !== null ? labels.quantity(need.quantity, need.unitCode ?? need.unit) : null,
            budget ? t('needs:list.budget', { budget }) : null,
            need.neededBy ? t('needs:list.neededBy', { date: format.date(need.neededBy) }) : null,
            t('hit.deliveryTo', { region: labels.region(need.deliveryRegionCode ?? need.deliveryRegion) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {need.requiredCertifications.length > 0 && (
          <Group gap={4} role="group" aria-label={t('needs:fields.requiredCertifications')}>
            {need.requiredCertifications.map((c) => (
              <Badge key={c} variant="outline" color="gray" size="sm" tt="none">
                {c}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
