import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCategoryLabel } from '../categories/categories.hooks';
import type { OfferingSummaryFragment } from '../gql/graphql';
import { useFormat } from '../shared/format';
import { useLabels } from '../shared/labels';

/** The facts a buyer compares: price, lead time, minimum order, category, certifications. */
export function OfferingFacts({ offering }: { offering: OfferingSummaryFragment }) {
  const { t } = useTranslation('offerings');
  const format = useFormat();
  const labels = useLabels();
  const categoryLabel = useCategoryLabel();
  const price = format.moneyRange(offering.price, { from: t('price.from'), upTo: t('price.upTo') });
  // The unit's OKEI code, shown in the page language (a unit the tables lack: as the API wrote it).
  const unitCode = offering.unitCode ?? offering.unit;
  const priceText = price ? (unitCode ? `${price} ${labels.perUnit(unitCode)}` : price) : t('price.onRequest');
  return (
    <>
      <Group gap="lg" wrap="wrap">
        <Fact label={t('facts.price')} value={priceText} strong />
        {offering.leadTimeDays !== null && <Fact label={t('facts.leadTime')} value={t('leadTime', { count: offering.leadTimeDays })} />}
        {offering.minOrderQuantity !== null && <Fact label={t('facts.minOrder')} value={labels.quantity(offering.minOrderQuantity, unitCode)} />}
        <Fact label={t('facts.category')} value={categoryLabel(offering.category)} />
      </Group>
      {offering.certifications.length > 0 && (
        <Group gap={4} role="group" aria-label={t('facts.certifications')}>
          {offering.certifications.map((c) => (
            <Badge key={c} variant="outline" color="gray" size="sm" tt="none">
              {c}
            </Badge>
          ))}
        </Group>
      )}
    </>
  );
}

function Fact({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={strong ? 600 : 400}>
        {value}
      </Text>
    </div>
  );
}
