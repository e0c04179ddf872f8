import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FilterChip } from './ActiveFilters';
import type { SearchState } from './search-state';

/** No offering found: say what could be loosened, each as one click. */
export function EmptyResults({ state, chips, onChange }: { state: SearchState; chips: FilterChip[]; onChange(next: Partial<SearchState>): void }) {
  const { t } = useTranslation('search');
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('empty.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {chips.length > 0 ? t('empty.withFilters') : state.query ? t('empty.noFilters') : t('empty.nothingYet')}
        </Text>
        {chips.length > 0 && (
          <Group gap="xs">
            {chips.map((chip) => (
              <Button key={chip.key} variant="light" size="xs" onClick={() => onChange(chip.remove)}>
                {t('empty.remove', { filter: chip.label })}
              </Button>
            ))}
          </Group>
        )}
        {state.query && (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => onChange({ query: '' })}>
              {t('empty.allOfferings')}
            </Button>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('empty.tips')}
        </Text>
      </Stack>
    </Paper>
  );
}
