import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  error: unknown;
}

/** A page that threw while rendering (or whose code failed to load): an apology with a way on, never a blank screen. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    return this.state.error ? <PageCrashed error={this.state.error} /> : this.props.children;
  }
}

function PageCrashed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // A deploy replaced the page's chunk since this tab loaded: a reload fetches the new one.
  const stale = error instanceof TypeError && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  return (
    <Stack align="center" py={60} gap="md" ta="center" role="alert">
      <Title order={1} size="h2">
        {t(stale ? 'crash.staleTitle' : 'crash.title')}
      </Title>
      <Text c="dimmed" maw={460}>
        {t(stale ? 'crash.staleText' : 'crash.text')}
      </Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>
        <Button component="a" href="/" variant="default">
          {t('notFound.home')}
        </Button>
      </Group>
    </Stack>
  );
}
