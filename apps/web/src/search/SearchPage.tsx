import { Button, Drawer, Grid, Group, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OfferingSort } from '../gql/graphql';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { FilterIcon, SearchIcon } from '../shared/icons';
import { MoreResultsButton } from '../shared/MoreResultsButton';
import { usePageTitle } from '../shared/usePageTitle';
import { ActiveFilters, useFilterChips } from './ActiveFilters';
import { EmptyResults } from './EmptyResults';
import { OfferingHitCard } from './OfferingHitCard';
import { SearchFilters } from './SearchFilters';
import { activeFilterCount, parseSearchState, searchParamsOf, SORTS, type SearchState } from './search-state';
import { useSearchOfferings } from './search.hooks';

/** Offering search: the query, facets as filters, sort, highlights and more pages; all of it in the URL. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  usePageTitle(state.query ? t('titleWithQuery', { query: state.query }) : t('title'));
  const [filtersOpen, filters] = useDisclosure(false);
  const [text, setText] = useState(state.query);
  useEffect(() => setText(state.query), [state.query]);

  const update = (next: Partial<SearchState>) => setParams(searchParamsOf({ ...state, ...next }));
  const chips = useFilterChips(state);
  const { page, loading, error, refetch, loadMore } = useSearchOfferings(state);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ query: text });
  };
  const filterPanel = <SearchFilters state={state} facets={page?.facets ?? []} onChange={update} />;
  const count = activeFilterCount(state);

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <form onSubmit={submit} role="search">
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput flex={1} label={t('queryLabel')} placeholder={t('queryPlaceholder')} value={text} onChange={(event) => setText(event.currentTarget.value)} type="search" leftSection={<SearchIcon size={16} />} />
          <Button type="submit">{t('submit')}</Button>
        </Group>
      </form>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }} visibleFrom="md">
          <aside aria-label={t('filters.title')}>{filterPanel}</aside>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="sm">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite">
                {page ? t('found', { count: page.totalHits, formatted: format.number(page.totalHits) }) : loading ? t('searching') : ''}
              </Text>
              <Group gap="xs" wrap="nowrap" w={{ base: '100%', md: 'auto' }}>
                <Button hiddenFrom="md" variant="default" size="sm" px="xs" leftSection={<FilterIcon size={16} />} onClick={filters.open} style={{ flexShrink: 0 }}>
                  {count > 0 ? t('filters.buttonWithCount', { count }) : t('filters.button')}
                </Button>
                <Select
                  size="sm"
                  flex={1}
                  miw={0}
                  maw={{ md: 220 }}
                  // A narrow chevron: at 360 px the longest sort name («По релевантности») must fit beside the filters button.
                  rightSectionWidth={28}
                  aria-label={t('sort.label')}
                  data={SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
                  value={state.sort}
                  allowDeselect={false}
                  onChange={(sort) => sort && update({ sort: sort as OfferingSort })}
                />
              </Group>
            </Group>
            <ActiveFilters chips={chips} onChange={update} onClear={() => setParams(state.query ? { q: state.query } : {})} />
            {error ? (
              <ErrorBanner error={error} onRetry={() => void refetch()} overrides={{ SERVICE_UNAVAILABLE: 'search:unavailable' }} title={t('unavailableTitle')} />
            ) : !page && loading ? (
              Array.from({ length: 4 }, (_, i) => <Skeleton key={i} height={150} radius="md" />)
            ) : page && page.hits.length === 0 ? (
              <EmptyResults state={state} chips={chips} onChange={update} />
            ) : (
              page?.hits.map((hit) => <OfferingHitCard key={hit.offering.id} hit={hit} />)
            )}
            {page?.pageInfo.hasNextPage && !error && <MoreResultsButton shown={page.hits.length} total={page.totalHits} loadMore={loadMore} />}
          </Stack>
        </Grid.Col>
      </Grid>
      <Drawer opened={filtersOpen} onClose={filters.close} title={t('filters.title')} position="right" size="sm">
        {filterPanel}
        <Button fullWidth mt="md" onClick={filters.close}>
          {page ? t('filters.show', { count: page.totalHits }) : t('filters.close')}
        </Button>
      </Drawer>
    </Stack>
  );
}
