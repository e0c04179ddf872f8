import { Accordion, Button, Drawer, Grid, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { FilterIcon, SearchIcon } from '../shared/icons';
import { MoreResultsButton } from '../shared/MoreResultsButton';
import { useLabels } from '../shared/labels';
import { usePageTitle } from '../shared/usePageTitle';
import { CategoryFacet } from './CategoryFacet';
import { needSearchParamsOf, parseNeedSearchState, type NeedSearchState } from './need-search-state';
import { useSearchNeeds } from './need-search.hooks';
import { NeedHitCard } from './NeedHitCard';
import { COUNTRIES, toggle } from './search-state';
import { ValueList } from './SearchFilters';

/** Needs search for suppliers looking for buyers: the query, facets as filters, more pages; all of it in the URL. */
export function NeedSearchPage() {
  // Every namespace its parts read, loaded before the first render: a part suspending later would remount the
  // page and drop what was typed in the box meanwhile.
  const { t } = useTranslation(['needSearch', 'search', 'offerings', 'needs']);
  const format = useFormat();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseNeedSearchState(params), [params]);
  usePageTitle(state.query ? t('titleWithQuery', { query: state.query }) : t('title'));
  const [filtersOpen, filters] = useDisclosure(false);
  const [text, setText] = useState(state.query);
  // The box follows the URL when it changes (Back, a link), not on mounting: what was typed meanwhile stays.
  const shown = useRef(state.query);
  useEffect(() => {
    if (shown.current === state.query) return;
    shown.current = state.query;
    setText(state.query);
  }, [state.query]);
  const update = (next: Partial<NeedSearchState>) => setParams(needSearchParamsOf({ ...state, ...next }));
  const { page, loading, error, refetch, loadMore } = useSearchNeeds(state);
  const facet = (field: string) => page?.facets.find((f) => f.field === field);
  const filterCount = (state.category ? 1 : 0) + state.countries.length + state.regions.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ query: text });
  };
  const filterPanel = (
    <Accordion multiple defaultValue={['category', 'country', 'region']} variant="default" chevronPosition="right">
      <Accordion.Item value="category">
        <Accordion.Control>{t('search:facets.category')}</Accordion.Control>
        <Accordion.Panel>
          <CategoryFacet category={state.category} facet={facet('categoryCode')} onChange={(category) => update({ category })} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="country">
        <Accordion.Control>{t('facets.country')}</Accordion.Control>
        <Accordion.Panel>
          <ValueList facet={facet('country')} known={COUNTRIES} selected={state.countries} label={labels.country} onToggle={(value) => update({ countries: toggle(state.countries, value as (typeof COUNTRIES)[number]) })} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="region">
        <Accordion.Control>{t('facets.region')}</Accordion.Control>
        <Accordion.Panel>
          <ValueList facet={facet('region')} selected={state.regions} label={(value) => {
              // Region codes: named from the reference tables in the page language, else as the API labelled them.
              const name = labels.region(value);
              return name !== value ? name : (facet('region')?.values.find((v) => v.value === value)?.label ?? value);
            }} onToggle={(value) => update({ regions: toggle(state.regions, value) })} />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('lead')}
      </Text>
      <form onSubmit={submit} role="search">
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput flex={1} label={t('queryLabel')} placeholder={t('queryPlaceholder')} value={text} onChange={(event) => setText(event.currentTarget.value)} type="search" leftSection={<SearchIcon size={16} />} />
          <Button type="submit">{t('search:submit')}</Button>
        </Group>
      </form>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }} visibleFrom="md">
          <aside aria-label={t('search:filters.title')}>{filterPanel}</aside>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="sm">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite">
                {page ? t('found', { count: page.totalHits, formatted: format.number(page.totalHits) }) : loading ? t('search:searching') : ''}
              </Text>
              <Group gap="xs">
                {filterCount > 0 && (
                  <Button variant="subtle" size="sm" onClick={() => setParams(state.query ? { q: state.query } : {})}>
                    {t('clearFilters')}
                  </Button>
                )}
                <Button hiddenFrom="md" variant="default" size="sm" leftSection={<FilterIcon size={16} />} onClick={filters.open}>
                  {filterCount > 0 ? t('search:filters.buttonWithCount', { count: filterCount }) : t('search:filters.button')}
                </Button>
              </Group>
            </Group>
            {error ? (
              <ErrorBanner error={error} onRetry={() => void refetch()} overrides={{ SERVICE_UNAVAILABLE: 'search:unavailable' }} title={t('search:unavailableTitle')} />
            ) : !page && loading ? (
              Array.from({ length: 4 }, (_, i) => <Skeleton key={i} height={150} radius="md" />)
            ) : page && page.hits.length === 0 ? (
              <Paper withBorder p="lg" radius="md">
                <Title order={2} size="h4">
                  {t('empty.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {filterCount > 0 || state.query ? t('empty.loosen') : t('empty.nothingYet')}
                </Text>
              </Paper>
            ) : (
              page?.hits.map((hit) => <NeedHitCard key={hit.need.id} hit={hit} />)
            )}
            {page?.pageInfo.hasNextPage && !error && <MoreResultsButton shown={page.hits.length} total={page.totalHits} loadMore={loadMore} />}
          </Stack>
        </Grid.Col>
      </Grid>
      <Drawer opened={filtersOpen} onClose={filters.close} title={t('search:filters.title')} position="right" size="sm">
        {filterPanel}
        <Button fullWidth mt="md" onClick={filters.close}>
          {t('search:filters.close')}
        </Button>
      </Drawer>
    </Stack>
  );
}
