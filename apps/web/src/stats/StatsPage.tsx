import { Button, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCategoryName } from '../categories/categories.hooks';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { usePageTitle } from '../shared/usePageTitle';
import { BarChart } from './BarChart';
import { useCooperationDashboard } from './dashboard.hooks';
import { statsCsv } from './stats-csv';
import { conversion, isPreset, PRESETS, rangeOf, type Preset } from './stats-range';

const SERIES = [
  { key: 'offerings', color: 'var(--mantine-color-brand-6)' },
  { key: 'needs', color: 'var(--mantine-color-teal-7)' },
  { key: 'contactRequests', color: 'var(--mantine-color-orange-7)' },
  { key: 'acceptedContacts', color: 'var(--mantine-color-grape-7)' },
] as const;
const TOP = 10;

/** The working group's cooperation dashboard: the funnel by sector for a range, conversion, organizations by country, CSV. */
export function StatsPage() {
  const { t } = useTranslation('stats');
  usePageTitle(t('title'));
  const format = useFormat();
  const categoryName = useCategoryName();
  const [params, setParams] = useSearchParams();
  const preset: Preset = isPreset(params.get('range')) ? (params.get('range') as Preset) : 'year';
  // The window is fixed when the preset is chosen (not at every render), so the query does not change under it.
  const range = useMemo(() => rangeOf(preset, new Date()), [preset]);
  const { data, error, refetch } = useCooperationDashboard(range);
  const stats = data?.cooperationStats;
  const rows = (stats?.bySector ?? []).map((s) => ({ code: s.category.code, name: categoryName(s.category), offerings: s.offerings, needs: s.needs, contactRequests: s.contactRequests, acceptedContacts: s.acceptedContacts }));
  const rate = (accepted: number, requests: number) => {
    const value = conversion(accepted, requests);
    return value === null ? '—' : format.percent(value);
  };

  const download = () => {
    if (!stats) return;
    const csv = statsCsv(
      [t('table.code'), t('table.sector'), t('series.offerings'), t('series.needs'), t('series.contactRequests'), t('series.acceptedContacts'), t('table.conversionPercent')],
      rows,
      { label: t('table.total'), offerings: stats.publishedOfferings, needs: stats.openNeeds, contactRequests: stats.contactRequests, acceptedContacts: stats.acceptedContacts },
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `tradebridge-cooperation-${preset}-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1} size="h2">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('lead')}
          </Text>
        </div>
        <Button variant="default" onClick={download} disabled={!stats}>
          {t('csv')}
        </Button>
      </Group>
      <div>
        <Text size="sm" fw={500} mb={4} id="range-label">
          {t('range.label')}
        </Text>
        <Group gap={6} role="group" aria-labelledby="range-label">
          {PRESETS.map((p) => (
            <Button key={p} size="xs" variant={p === preset ? 'filled' : 'default'} aria-pressed={p === preset} onClick={() => setParams(p === 'year' ? {} : { range: p })}>
              {t(`range.${p}`)}
            </Button>
          ))}
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {range.from ? t('range.window', { from: format.date(range.from), to: format.date(range.to!) }) : t('range.everything')}
        </Text>
      </div>
      {error && !stats ? (
        <ErrorBanner error={error} onRetry={() => void refetch()} />
      ) : !stats ? (
        <Skeleton height={480} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
            {[
              { key: 'offerings', value: format.number(stats.publishedOfferings) },
              { key: 'needs', value: format.number(stats.openNeeds) },
              { key: 'contactRequests', value: format.number(stats.contactRequests) },
              { key: 'acceptedContacts', value: format.number(stats.acceptedContacts) },
              { key: 'conversion', value: rate(stats.acceptedContacts, stats.contactRequests) },
            ].map((figure) => (
              <Card key={figure.key} withBorder padding="sm" data-figure={figure.key}>
                <Text size="xl" fw={700}>
                  {figure.value}
                </Text>
                <Text size="sm">{t(`series.${figure.key}`)}</Text>
              </Card>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('note')}
          </Text>
          <Card withBorder padding="md" component="section" aria-labelledby="funnel-title">
            <Title order={2} size="h4" id="funnel-title" mb="sm">
              {t('funnel', { count: TOP })}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              {SERIES.map((series) => (
                <BarChart
                  key={series.key}
                  title={t(`series.${series.key}`)}
                  color={series.color}
                  bars={[...rows]
                    .filter((r) => r[series.key] > 0)
                    .sort((a, b) => b[series.key] - a[series.key])
                    .slice(0, TOP)
                    .map((r) => ({ label: r.name, value: r[series.key], text: format.number(r[series.key]) }))}
                />
              ))}
            </SimpleGrid>
          </Card>
          <Card withBorder padding="md" component="section" aria-labelledby="countries-title">
            <Title order={2} size="h4" id="countries-title" mb="sm">
              {t('countries.title')}
            </Title>
            <BarChart
              title={t('countries.chart', { total: format.number(stats.organizations) })}
              color="var(--mantine-color-brand-6)"
              bars={[
                { label: t('countries.BY'), value: stats.belarusian, text: format.number(stats.belarusian) },
                { label: t('countries.RU'), value: stats.russian, text: format.number(stats.russian) },
              ]}
            />
          </Card>
          <Card withBorder padding="md" component="section" aria-labelledby="table-title">
            <Title order={2} size="h4" id="table-title" mb="sm">
              {t('table.title')}
            </Title>
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing={6} fz="sm" aria-labelledby="table-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('table.sector')}</Table.Th>
                    {SERIES.map((s) => (
                      <Table.Th key={s.key} ta="right">
                        {t(`series.${s.key}`)}
                      </Table.Th>
                    ))}
                    <Table.Th ta="right">{t('series.conversion')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.code} data-sector={row.code}>
                      <Table.Th scope="row" fw={400}>
                        {row.name}
                      </Table.Th>
                      {SERIES.map((s) => (
                        <Table.Td key={s.key} ta="right" data-series={s.key}>
                          {format.number(row[s.key])}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right">{rate(row.acceptedContacts, row.contactRequests)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr data-sector="total">
                    <Table.Th scope="row">{t('table.total')}</Table.Th>
                    <Table.Th ta="right" data-series="offerings">{format.number(stats.publishedOfferings)}</Table.Th>
                    <Table.Th ta="right" data-series="needs">{format.number(stats.openNeeds)}</Table.Th>
                    <Table.Th ta="right" data-series="contactRequests">{format.number(stats.contactRequests)}</Table.Th>
                    <Table.Th ta="right" data-series="acceptedContacts">{format.number(stats.acceptedContacts)}</Table.Th>
                    <Table.Th ta="right">{rate(stats.acceptedContacts, stats.contactRequests)}</Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          </Card>
        </>
      )}
    </Stack>
  );
}
