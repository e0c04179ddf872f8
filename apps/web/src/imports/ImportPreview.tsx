import { Alert, Button, Group, List, Paper, SimpleGrid, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewQuery, ImportRowAction } from '../gql/graphql';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useFormat } from '../shared/format';
import { PREVIEW_PAGE, useImportPreview } from './imports.hooks';
import { PreviewTable } from './PreviewTable';

export type Preview = NonNullable<ImportPreviewQuery['catalogImport']>;

const COUNTS = ['toCreate', 'toUpdate', 'unchanged', 'rejected'] as const;

/**
 * What applying the uploaded file would do: the counts, the API's warnings (skipped columns, the template's
 * example row), and the rows page by page (all, or only those with errors); below them `actions`, given the
 * loaded preview (the dialog's apply button).
 */
export function ImportPreview({ id, actions }: { id: string; actions(preview: Preview): ReactNode }) {
  const { t } = useTranslation('imports');
  const format = useFormat();
  const narrow = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
  const [action, setAction] = useState<ImportRowAction | null>(null);
  // The cursors of the pages before the current one (the first page has none).
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1) ?? null;
  const { data, previousData, error, refetch } = useImportPreview(id, action, after);
  const preview = (data ?? previousData)?.catalogImport ?? null;

  if (error && !preview) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  if (!preview) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Text size="sm">{t('preview.loading')}</Text>
        <Skeleton height={64} />
        <Skeleton height={160} />
      </Stack>
    );
  }

  const rows = preview.rows.edges.map((edge) => edge.node);
  const total = preview.rows.totalCount;
  const from = total === 0 ? 0 : cursors.length * PREVIEW_PAGE + 1;
  const to = cursors.length * PREVIEW_PAGE + rows.length;
  const filter = (errorsOnly: boolean) => {
    setAction(errorsOnly ? 'ERROR' : null);
    setCursors([]);
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('preview.file', { file: preview.fileName, rowsRead: t('preview.rowsRead', { count: preview.totalRows }) })}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" role="status" aria-live="polite">
        {COUNTS.map((key) => (
          <Paper key={key} withBorder p="xs" bg={key === 'rejected' && preview.rejected > 0 ? 'red.0' : undefined}>
            <Text size="xs" c={key === 'rejected' && preview.rejected > 0 ? 'red.9' : 'dimmed'}>
              {t(`preview.counts.${key}`)}
            </Text>
            <Text fw={700} fz="xl" c={key === 'rejected' && preview.rejected > 0 ? 'red.9' : undefined}>
              {format.number(preview[key])}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {preview.warnings.length > 0 && (
        <Alert color="yellow" variant="light" title={t('preview.warnings')}>
          <List size="sm" spacing={2}>
            {preview.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview.rejected > 0 && (
        <Switch label={t('preview.errorsOnly', { count: preview.rejected })} checked={action === 'ERROR'} onChange={(event) => filter(event.currentTarget.checked)} />
      )}
      <PreviewTable preview={preview} rows={rows} narrow={narrow} />
      {total > PREVIEW_PAGE && (
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {t('preview.range', { from: format.number(from), to: format.number(to), total: format.number(total) })}
          </Text>
          <Group gap="xs">
            <Button variant="default" size="xs" disabled={cursors.length === 0} onClick={() => setCursors((list) => list.slice(0, -1))}>
              {t('preview.previous')}
            </Button>
            <Button
              variant="default"
              size="xs"
              disabled={!preview.rows.pageInfo.hasNextPage || !preview.rows.pageInfo.endCursor}
              onClick={() => setCursors((list) => [...list, preview.rows.pageInfo.endCursor!])}
            >
              {t('preview.next')}
            </Button>
          </Group>
        </Group>
      )}
      {actions(preview)}
    </Stack>
  );
}
