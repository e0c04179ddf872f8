import { Anchor, Badge, Card, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContactAction } from '../contacts/ContactAction';
import type { MatchReasonCode, NeedMatchesQuery } from '../gql/graphql';
import { OfferingFacts } from '../offerings/OfferingFacts';
import { OrganizationLine } from '../organization/OrganizationLine';
import { useFormat } from '../shared/format';

export type OfferingMatch = NonNullable<NeedMatchesQuery['need']>['matches'][number];

const SCORE_COLOR = (score: number) => (score >= 0.75 ? 'teal' : score >= 0.5 ? 'brand' : 'gray');

const REASON_COLORS: Record<MatchReasonCode, string> = {
  TEXT: 'brand',
  CATEGORY: 'indigo',
  CERTIFICATION: 'teal',
  LEAD_TIME: 'cyan',
  PRICE: 'grape',
  REGION: 'orange',
  VERIFIED: 'teal',
};

/** A coloured dot per kind of reason, so the same kind lines up across matches. */
function ReasonMark({ code }: { code: MatchReasonCode }) {
  return <span aria-hidden="true" style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: `var(--mantine-color-${REASON_COLORS[code]}-6)` }} />;
}

/** One match of a need: the offering, its score as a bar, the reasons in words, and "Request contact". */
export function MatchCard({ match, rank }: { match: OfferingMatch; rank: number }) {
  const { t } = useTranslation(['needs', 'offerings']);
  const format = useFormat();
  const { offering } = match;
  const score = format.percent(match.score);
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`match-${offering.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {t('matches.rank', { rank })}
            </Text>
            <Anchor component={Link} to={`/offerings/${offering.id}`} fw={600} id={`match-${offering.id}`} c="brand.8">
              {offering.title}
            </Anchor>
          </Stack>
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {t(`offerings:kinds.${offering.kind}`)}
          </Badge>
        </Group>
        <OrganizationLine organization={offering.organization} />
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
              // The API words each reason completely ("matched: самосвал, 90 т"); its code only picks the mark.
              <List.Item key={`${reason.code}-${reason.detail}`} icon={<ReasonMark code={reason.code} />}>
                {reason.detail}
              </List.Item>
            ))}
          </List>
        </div>
        <OfferingFacts offering={offering} />
        <Group justify="flex-end">
          <ContactAction listing={{ kind: 'offering', id: offering.id, title: offering.title, organization: offering.organization }} request={offering.myContactRequest} size="sm" />
        </Group>
      </Stack>
    </Card>
  );
}
