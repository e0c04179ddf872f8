import { Button, Group, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCategoryName, useCategoryPath } from '../categories/categories.hooks';
import { useFormat } from '../shared/format';
import { useReference } from '../reference/reference.hooks';
import { useLabels } from '../shared/labels';
import type { SearchState } from './search-state';

export interface FilterChip {
  key: string;
  label: string;
  remove: Partial<SearchState>;
}

/** Every filter in force as a chip that removes it; also what the empty state offers to loosen. */
export function useFilterChips(state: SearchState): FilterChip[] {
  const { t } = useTranslation(['search', 'offerings']);
  const labels = useLabels();
  const reference = useReference();
  const format = useFormat();
  const name = useCategoryName();
  const category = useCategoryPath(state.category).data?.category;
  const chips: FilterChip[] = [];
  if (state.category) chips.push({ key: 'category', label: t('chips.category', { name: category ? name(category) : state.category }), remove: { category: null } });
  for (const country of state.countries) chips.push({ key: `country-${country}`, label: labels.country(country), remove: { countries: state.countries.filter((c) => c !== country) } });
  for (const kind of state.kinds) chips.push({ key: `kind-${kind}`, label: t(`offerings:kinds.${kind}`), remove: { kinds: state.kinds.filter((k) => k !== kind) } });
  for (const region of state.regions) chips.push({ key: `region-${region}`, label: labels.region(region), remove: { regions: state.regions.filter((r) => r !== region) } });
  for (const cert of state.certifications) chips.push({ key: `cert-${cert}`, label: reference.certificationName(cert), remove: { certifications: state.certifications.filter((c) => c !== cert) } });
  if (state.maxPrice) chips.push({ key: 'price', label: t('chips.maxPrice', { price: format.money(state.maxPrice, state.currency) }), remove: { maxPrice: null } });
  if (state.maxLeadTimeDays) chips.push({ key: 'lead', label: t('chips.maxLeadTime', { count: state.maxLeadTimeDays }), remove: { maxLeadTimeDays: null } });
  if (state.verifiedOnly) chips.push({ key: 'verified', label: t('filters.verifiedOnly'), remove: { verifiedOnly: false } });
  return chips;
}

export function ActiveFilters({ chips, onChange, onClear }: { chips: FilterChip[]; onChange(next: Partial<SearchState>): void; onClear(): void }) {
  const { t } = useTranslation(['search', 'offerings']);
  if (chips.length === 0) return null;
  return (
    <Group gap={6} role="group" aria-label={t('chips.label')}>
      {chips.map((chip) => (
        <Pill key={chip.key} withRemoveButton onRemove={() => onChange(chip.remove)} removeButtonProps={{ 'aria-label': t('chips.remove', { filter: chip.label }), 'aria-hidden': false, tabIndex: 0 }} size="md">
          {chip.label}
        </Pill>
      ))}
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        {t('chips.clear')}
      </Button>
    </Group>
  );
}
