import { Badge, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewQuery, ImportRowAction } from '../gql/graphql';
import { AlertIcon } from './import-icons';

type Preview = NonNullable<ImportPreviewQuery['catalogImport']>;
type Row = Preview['rows']['edges'][number]['node'];

const ACTION_COLORS: Record<ImportRowAction, string> = { CREATE: 'teal', UPDATE: 'blue', UNCHANGED: 'gray', ERROR: 'red' };

/**
 * The file's rows as it has them (its own headers, its line numbers), with what applying does to each. An
 * error sits in the cell it is about, the cell marked red; an error of the row as a whole (a repeated
 * reference, a status move) sits under the row's result. On a narrow screen (`narrow`) the result lists
 * every error of its row with its column's header too, so no one has to scroll sideways to find them.
 */
export function PreviewTable({ preview, rows, narrow = false }: { preview: Preview; rows: Row[]; narrow?: boolean }) {
  const { t } = useTranslation('imports');
  const columns = preview.columns;
  return (
    <Table.ScrollContainer minWidth={160 + columns.length * 150} type="native" tabIndex={0} role="region" aria-label={t('preview.scrollRegion')}>
      <Table striped={false} withTableBorder withColumnBorders verticalSpacing={6} horizontalSpacing="xs" fz="sm">
        <VisuallyHidden component="caption">{t('preview.caption', { file: preview.fileName })}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={70}>
              {t('preview.line')}
            </Table.Th>
            <Table.Th scope="col" miw={150}>
              {t('preview.result')}
            </Table.Th>
            {columns.map((column, index) => (
              <Table.Th key={index} scope="col" miw={120}>
                <Text span fz="sm" fw={600} c={column.field ? undefined : 'dimmed'}>
                  {column.header}
                </Text>
                {!column.field && (
                  <Text fz="xs" c="dimmed" fw={400}>
                    {t('preview.skippedColumn')}
                  </Text>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const rowErrors = row.errors
              .filter((e) => narrow || e.column === null)
              .map((e) => (e.column !== null && columns[e.column] ? t('preview.atColumn', { column: columns[e.column]!.header, message: e.message }) : e.message));
            return (
              <Table.Tr key={row.line}>
                <Table.Th scope="row" fw={600}>
                  {row.line}
                </Table.Th>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Badge color={ACTION_COLORS[row.action]} variant="light" radius="sm">
                      {t(`preview.actions.${row.action}`)}
                    </Badge>
                    {rowErrors.map((message, i) => (
                      <ErrorText key={i} message={message} />
                    ))}
                  </Stack>
                </Table.Td>
                {columns.map((_, index) => {
                  const value = row.cells[index] ?? '';
                  const errors = row.errors.filter((e) => e.column === index);
                  return (
                    <Table.Td
                      key={index}
                      bg={errors.length ? 'red.0' : undefined}
                      style={errors.length ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-8)' } : undefined}
                    >
                      {value ? (
                        <Text span fz="sm" lineClamp={3} style={{ wordBreak: 'break-word' }}>
                          {value}
                        </Text>
                      ) : errors.length ? (
                        <Text span fz="xs" c="dimmed">
                          {t('preview.emptyCell')}
                        </Text>
                      ) : null}
                      {errors.map((error, i) => (
                        <ErrorText key={i} message={error.message} />
                      ))}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** An error in the API's words (in the reader's language), marked by colour, icon and, for screen readers, a word. */
function ErrorText({ message }: { message: string }) {
  const { t } = useTranslation('imports');
  return (
    <Text fz="xs" c="red.9" fw={500} mt={2} style={{ display: 'flex', gap: 4, alignItems: 'flex-start' }}>
      <AlertIcon size={14} style={{ flexShrink: 0, marginTop: 1 }} />
      <span>
        <VisuallyHidden>{t('preview.errorPrefix')} </VisuallyHidden>
        {message}
      </span>
    </Text>
  );
}
