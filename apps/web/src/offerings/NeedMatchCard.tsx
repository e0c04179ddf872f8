import { Anchor, Card, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCategoryLabel } from '../categories/categories.hooks';
import { ContactAction } from '../contacts/ContactAction';
import type { OfferingMatchingNeedsQuery } from '../gql-pages/graphql';
import { OrganizationLine } from '../organization/OrganizationLine';
import { useFormat } from '../shared/format';
import { useLabels } from '../shared/labels';

export type NeedMatch = NonNullable<OfferingMatchingNeedsQuery['offering']>['matchingNeeds'][number];

const SCORE_COLOR = (score: number) => (score >= 0.75 ? 'teal' : score >= 0.5 ? 'brand' : 'gray');

/** One buyer's need matching the supplier's offering: score, reasons in words, the need's terms, "Request contact". */
export function NeedMatchCard({ match, rank }: { match: NeedMatch; rank: number }) {
  const { t } = useTranslation(['myOfferings', 'needs']);
  const format = useFormat();
  const labels = useLabels();
  const categoryLabel = useCategoryLabel();
  const { need } = match;
  const score = format.percent(match.score);
  const budget = format.moneyRange(need.budget, { from: t('needs:budget.from'), upTo: t('needs:budget.upTo') });
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`need-match-${need.id}`}>
      <Stack gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed">
            {t('matches.rank', { rank })}
          </Text>
          <Anchor component={Link} to={`/needs/${need.id}`} fw={600} id={`need-match-${need.id}`} c="brand.8">
            {need.title}
          </Anchor>
        </Stack>
        <OrganizationLine organization={need.organization} />
        <Group gap="sm" wrap="nowrap" align="center">
          <Text size="sm" fw={600} w={44}>
            {score}
          </Text>
          <Progress.Root size="lg" radius="xl" flex={1}>
            <Progress.Section value={Math.round(match.score * 100)} color={SCORE_COLOR(match.score)} aria-label={t('matches.score', { score })} />
          </Progress.Root>
        </Group>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('matches.why')}
          </Text>
          <List size="sm" spacing={2} aria-label={t('matches.why')}>
            {match.reasons.map((reason) => (
              <List.Item key={`${reason.code}-${reason.detail}`}>{reason.detail}</List.Item>
            ))}
          </List>
        </div>
        <Text size="sm" c="dimmed">
          {[
            categoryLabel(need.category),
            need.quantity !== null ? labels.quantity(need.quantity, need.unitCode ?? need.unit) : null,
            budget ? t('needs:list.budget', { budget }) : null,
            need.neededBy ? t('needs:list.neededBy', { date: format.date(need.neededBy) }) : null,
            labels.region(need.deliveryRegionCode ?? need.deliveryRegion),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Group justify="flex-end">
          <ContactAction listing={{ kind: 'need', id: need.id, title: need.title, organization: need.organization }} request={need.myContactRequest} size="sm" />
        </Group>
      </Stack>
    </Card>
  );
}
