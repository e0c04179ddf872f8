import { Accordion, Button, Checkbox, Group, NumberInput, Select, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../gql/graphql';
import { useFormat } from '../shared/format';
import { useReference } from '../reference/reference.hooks';
import { useLabels } from '../shared/labels';
import { CategoryFacet } from './CategoryFacet';
import { COUNTRIES, CURRENCIES, KINDS, toggle, type SearchState } from './search-state';
import type { Facet } from './search.hooks';

interface SearchFiltersProps {
  state: SearchState;
  facets: Facet[];
  onChange(next: Partial<SearchState>): void;
}

const SHOWN = 8;

/** Facets with counts as filters, then price, lead time and "verified suppliers only". */
export function SearchFilters({ state, facets, onChange }: SearchFiltersProps) {
  const { t } = useTranslation(['search', 'offerings']);
  const labels = useLabels();
  const reference = useReference();
  const facet = (field: string) => facets.find((f) => f.field === field);
  // Facet values are codes: named from the reference tables in the page language, else as the API labelled them.
  const facetLabel = (field: string, named: (code: string) => string) => (value: string) => {
    const name = named(value);
    return name !== value ? name : (facet(field)?.values.find((v) => v.value === value)?.label ?? value);
  };
  return (
    <Stack gap="md">
      <Switch label={t('filters.verifiedOnly')} checked={state.verifiedOnly} onChange={(event) => onChange({ verifiedOnly: event.currentTarget.checked })} />
      <Accordion multiple defaultValue={['category', 'country', 'kind', 'price']} variant="default" chevronPosition="right">
        <Accordion.Item value="category">
          <Accordion.Control>{t('facets.category')}</Accordion.Control>
          <Accordion.Panel>
            <CategoryFacet category={state.category} facet={facet('categoryCode')} onChange={(category) => onChange({ category })} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="country">
          <Accordion.Control>{t('facets.country')}</Accordion.Control>
          <Accordion.Panel>
            <ValueList
              facet={facet('country')}
              known={COUNTRIES}
              selected={state.countries}
              label={labels.country}
              onToggle={(value) => onChange({ countries: toggle(state.countries, value as (typeof COUNTRIES)[number]) })}
            />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="kind">
          <Accordion.Control>{t('facets.kind')}</Accordion.Control>
          <Accordion.Panel>
            <ValueList
              facet={facet('kind')}
              known={KINDS}
              selected={state.kinds}
              label={(kind) => t(`offerings:kinds.${kind}`)}
              onToggle={(value) => onChange({ kinds: toggle(state.kinds, value as (typeof KINDS)[number]) })}
            />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="price">
          <Accordion.Control>{t('facets.priceAndLeadTime')}</Accordion.Control>
          <Accordion.Panel>
            <PriceAndLeadTime state={state} onChange={onChange} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="region">
          <Accordion.Control>{t('facets.region')}</Accordion.Control>
          <Accordion.Panel>
            <ValueList facet={facet('region')} selected={state.regions} label={facetLabel('region', labels.region)} onToggle={(value) => onChange({ regions: toggle(state.regions, value) })} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="certifications">
          <Accordion.Control>{t('facets.certifications')}</Accordion.Control>
          <Accordion.Panel>
            <Text size="xs" c="dimmed" mb={6}>
              {t('facets.certificationsHint')}
            </Text>
            <ValueList
              facet={facet('certifications')}
              selected={state.certifications}
              label={facetLabel('certifications', reference.certificationName)}
              onToggle={(value) => onChange({ certifications: toggle(state.certifications, value) })}
            />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}

interface ValueListProps {
  facet: Facet | undefined;
  /** Values always listed (with 0 when the facet lacks them). */
  known?: readonly string[];
  selected: readonly string[];
  label(value: string): string;
  onToggle(value: string): void;
}

/** Checkboxes for a facet's values with their counts; chosen values stay listed even at 0. */
function ValueList({ facet, known = [], selected, label, onToggle }: ValueListProps) {
  const { t } = useTranslation(['search', 'offerings']);
  const format = useFormat();
  const [all, setAll] = useState(false);
  const counts = new Map(facet?.values.map((v) => [v.value, v.count]) ?? []);
  const values = [...new Set([...(facet?.values.map((v) => v.value) ?? []), ...known, ...selected])];
  const shown = all ? values : values.slice(0, Math.max(SHOWN, selected.length));
  if (values.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('facets.none')}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {shown.map((value) => (
        <Checkbox
          key={value}
          checked={selected.includes(value)}
          onChange={() => onToggle(value)}
          label={
            <Group gap={6} wrap="nowrap" justify="space-between">
              <span>{label(value)}</span>
              <Text span size="xs" c="dimmed">
                {format.number(counts.get(value) ?? 0)}
              </Text>
            </Group>
          }
        />
      ))}
      {values.length > shown.length && (
        <Button variant="subtle" size="compact-xs" onClick={() => setAll(true)} w="fit-content">
          {t('facets.showAll', { count: values.length })}
        </Button>
      )}
    </Stack>
  );
}

/** Applied on Enter or leaving the field, so typing a number does not search at every keystroke. */
function PriceAndLeadTime({ state, onChange }: Pick<SearchFiltersProps, 'state' | 'onChange'>) {
  const { t } = useTranslation(['search', 'offerings']);
  const [price, setPrice] = useState<string | number>(state.maxPrice ?? '');
  const [lead, setLead] = useState<string | number>(state.maxLeadTimeDays ?? '');
  useEffect(() => setPrice(state.maxPrice ?? ''), [state.maxPrice]);
  useEffect(() => setLead(state.maxLeadTimeDays ?? ''), [state.maxLeadTimeDays]);
  const applyPrice = () => onChange({ maxPrice: price === '' || Number(price) <= 0 ? null : String(price) });
  const applyLead = () => onChange({ maxLeadTimeDays: lead === '' || Number(lead) <= 0 ? null : Math.min(3650, Math.round(Number(lead))) });
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NumberInput
          flex={1}
          label={t('filters.maxPrice')}
          value={price}
          onChange={setPrice}
          onBlur={applyPrice}
          onKeyDown={(event) => event.key === 'Enter' && applyPrice()}
          min={0}
          thousandSeparator=" "
          allowNegative={false}
          decimalScale={2}
        />
        <Select
          w={90}
          label={t('filters.currency')}
          data={CURRENCIES}
          value={state.currency}
          allowDeselect={false}
          onChange={(currency) => currency && onChange({ currency: currency as Currency })}
        />
      </Group>
      <NumberInput
        label={t('filters.maxLeadTime')}
        value={lead}
        onChange={setLead}
        onBlur={applyLead}
        onKeyDown={(event) => event.key === 'Enter' && applyLead()}
        min={1}
        max={3650}
        allowNegative={false}
        allowDecimal={false}
        suffix={` ${t('filters.days')}`}
      />
    </Stack>
  );
}
