import { Anchor, Box, Button, Card, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { useCategoryName } from '../categories/categories.hooks';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { SearchIcon } from '../shared/icons';
import { usePageTitle } from '../shared/usePageTitle';
import { useHomeStats } from '../stats/stats.hooks';
import classes from './HomePage.module.css';
import { hasTradeCode } from '../categories/category-code';

const EXAMPLES = ['examples.dumpTruck', 'examples.bus', 'examples.transformer', 'examples.tractorAssembly'];

/** The public front page: search, the 23 sectors with their offerings, and how cooperation is going. */
export function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(t('title'));
  const navigate = useNavigate();
  const { user } = useSession();
  const [query, setQuery] = useState('');
  const search = (event: FormEvent) => {
    event.preventDefault();
    navigate(query.trim() ? `/search?q=${encodeURIComponent(query.trim())}` : '/search');
  };

  return (
    <Stack gap="xl" maw={1200} mx="auto">
      <Paper p={{ base: 'md', sm: 'xl' }} radius="lg" bg="brand.0">
        <Stack gap="md">
          <Title order={1} size="h2" maw={760}>
            {t('headline')}
          </Title>
          <Text c="dark.4" maw={760}>
            {t('lead')}
          </Text>
          <form onSubmit={search} role="search">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                flex={1}
                size="md"
                label={t('searchLabel')}
                placeholder={t('searchPlaceholder')}
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                leftSection={<SearchIcon size={18} />}
                type="search"
              />
              <Button type="submit" size="md">
                {t('searchButton')}
              </Button>
            </Group>
          </form>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('examplesLabel')}
            </Text>
            {EXAMPLES.map((key) => (
              <Anchor key={key} component={Link} to={`/search?q=${encodeURIComponent(t(key))}`} size="sm">
                {t(key)}
              </Anchor>
            ))}
          </Group>
          {user?.organization && (
            <Group gap="sm">
              <Button component={Link} to="/needs/new" variant="filled">
                {t('postNeed')}
              </Button>
              <Button component={Link} to="/needs" variant="default">
                {t('myNeeds')}
              </Button>
            </Group>
          )}
          {!user && (
            <Group gap="sm">
              <Button component={Link} to="/register" variant="default">
                {t('register')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      <Figures />
      <Sectors />
    </Stack>
  );
}

function Figures() {
  const { t } = useTranslation('home');
  const format = useFormat();
  const { data, error, refetch } = useHomeStats();
  if (error && !data) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  const stats = data?.cooperationStats;
  const figures = stats
    ? [
        { label: t('figures.organizations', { count: stats.organizations }), value: stats.organizations, note: t('figures.byCountry', { by: format.number(stats.belarusian), ru: format.number(stats.russian) }) },
        { label: t('figures.offerings', { count: stats.publishedOfferings }), value: stats.publishedOfferings },
        { label: t('figures.needs', { count: stats.openNeeds }), value: stats.openNeeds },
        { label: t('figures.requests', { count: stats.contactRequests }), value: stats.contactRequests },
        { label: t('figures.accepted', { count: stats.acceptedContacts }), value: stats.acceptedContacts },
      ]
    : [];
  return (
    <section aria-labelledby="figures-title">
      <Title order={2} size="h3" id="figures-title" mb="sm">
        {t('figures.title')}
      </Title>
      <div className={classes.figures}>
        {stats
          ? figures.map((figure) => (
              <Card key={figure.label} withBorder padding="md">
                <Text size="xl" fw={700} c="brand.7">
                  {format.number(figure.value)}
                </Text>
                <Text size="sm">{figure.label}</Text>
                {figure.note && (
                  <Text size="xs" c="dimmed">
                    {figure.note}
                  </Text>
                )}
              </Card>
            ))
          : Array.from({ length: 5 }, (_, i) => <div key={i} className={classes.placeholder} />)}
      </div>
    </section>
  );
}

function Sectors() {
  const { t } = useTranslation('home');
  const format = useFormat();
  const name = useCategoryName();
  const { data } = useHomeStats();
  const sectors = data?.cooperationStats.bySector ?? [];
  return (
    <section aria-labelledby="sectors-title">
      <Title order={2} size="h3" id="sectors-title" mb="sm">
        {t('sectors.title')}
      </Title>
      <div className={classes.sectors}>
        {sectors.length === 0
          ? Array.from({ length: 9 }, (_, i) => <div key={i} className={classes.placeholder} />)
          : sectors.map((sector) => (
              <Card key={sector.category.code} withBorder padding="sm" component={Link} to={`/search?category=${encodeURIComponent(sector.category.code)}`} className={classes.sector}>
                <Group justify="space-between" wrap="nowrap" gap="sm" h="100%">
                  <Box>
                    <Text size="sm" fw={500} lineClamp={2}>
                      {name(sector.category)}
                    </Text>
                    {hasTradeCode(sector.category.code) && (
                      <Text size="xs" c="dimmed">
                        {t('sectors.code', { code: sector.category.code })}
                      </Text>
                    )}
                  </Box>
                  <span className={classes.count} data-zero={sector.offerings === 0 || undefined}>
                    <span aria-hidden="true">{format.number(sector.offerings)}</span>
                    <span className="sr-only">{t('sectors.offerings', { count: sector.offerings })}</span>
                  </span>
                </Group>
              </Card>
            ))}
      </div>
    </section>
  );
}
