import { Anchor, Box, Button, Card, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Paging } from './connection';
import { ErrorBanner } from './ErrorBanner';
import { PlusIcon } from './icons';
import { MoreResultsButton } from './MoreResultsButton';

/** The status tab in the URL (`?status=`; the first tab when absent or unknown). */
export function useStatusParam<S extends string>(tabs: readonly S[]): [S, (status: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const status = tabs.find((s) => s === params.get('status')) ?? tabs[0]!;
  return [status, (value) => setParams(value && value !== tabs[0] ? { status: value } : {})];
}

interface ListingsByStatusProps<S extends string> {
  title: string;
  /** Beside "new": import and export. */
  actions: ReactNode;
  newLink: { to: string; label: string };
  tabs: readonly S[];
  status: S;
  onStatus: (status: string | null) => void;
  /** A tab's label with its count (null while unknown). */
  tabLabel: (status: S) => string;
  query: { error?: unknown; loading: boolean; loaded: boolean; refetch: () => unknown };
  empty: { title: string; hint: string } | null;
  /** The list's paging: "show more" below the cards while there is a next page. */
  paging: Paging<unknown>;
  children: ReactNode;
}

/**
 * "My offerings" / "My needs": title, import/export and "new", status tabs with counts, then the
 * organization's listings of the chosen status (or why there are none), a page at a time.
 */
export function ListingsByStatus<S extends string>(props: ListingsByStatusProps<S>) {
  const { query, empty, newLink, paging } = props;
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {props.title}
        </Title>
        <Group gap="xs" wrap="wrap">
          {props.actions}
          <Button component={Link} to={newLink.to} leftSection={<PlusIcon size={16} />}>
            {newLink.label}
          </Button>
        </Group>
      </Group>
      <Tabs value={props.status} onChange={props.onStatus}>
        <Tabs.List>
          {props.tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {props.tabLabel(tab)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {query.error && !query.loaded ? (
        <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />
      ) : query.loading && !query.loaded ? (
        <Skeleton height={160} />
      ) : empty ? (
        <Card withBorder padding="lg">
          <Stack gap="xs" align="flex-start">
            <Text fw={600}>{empty.title}</Text>
            <Text size="sm" c="dimmed">
              {empty.hint}
            </Text>
            <Button component={Link} to={newLink.to} variant="light">
              {newLink.label}
            </Button>
          </Stack>
        </Card>
      ) : (
        <Stack gap="sm">
          {props.children}
          {paging.hasMore && <MoreResultsButton shown={paging.shown} total={paging.total} loadMore={paging.loadMore} />}
        </Stack>
      )}
    </Stack>
  );
}

interface ListingCardProps {
  /** For the heading's id: `${kind}-${id}`. */
  anchorId: string;
  href: string;
  title: string;
  badge: ReactNode;
  facts: (string | null | undefined | false)[];
  links: ReactNode;
  moves: ReactNode;
}

/** One listing of "My offerings" / "My needs": its title, status, facts in a line and what can be done with it. */
export function ListingCard({ anchorId, href, title, badge, facts, links, moves }: ListingCardProps) {
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={anchorId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={href} fw={600} id={anchorId}>
            {title}
          </Anchor>
          {/* The status keeps its whole word on a phone; the title wraps instead. */}
          <Box style={{ flexShrink: 0 }}>{badge}</Box>
        </Group>
        <Text size="sm" c="dimmed">
          {facts.filter(Boolean).join(' · ')}
        </Text>
        <Group justify="space-between" wrap="wrap" gap="xs">
          {links}
          {moves}
        </Group>
      </Stack>
    </Card>
  );
}
