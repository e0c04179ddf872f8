import { Button, FileButton, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shared/format';
import { TableIcon, UploadIcon } from './import-icons';
import { ACCEPTED_FILES, MAX_ROWS, MAX_UPLOAD_MEGABYTES } from './upload-problem';

interface FileDropProps {
  onFile(file: File): void;
  /** While a file is being read: the button spins and nothing else is taken. */
  busy: boolean;
  /** The button's wording: the first file, or another one after a preview. */
  label?: string;
}

/**
 * A file dropped on the area or picked with its button (the keyboard's way in: the area itself is not a
 * control). One file at a time; the API tells whether it is a spreadsheet.
 */
export function FileDrop({ onFile, busy, label }: FileDropProps) {
  const { t } = useTranslation('imports');
  const format = useFormat();
  const [dragging, setDragging] = useState(false);
  // Cleared after each pick, so picking the same (corrected) file again is a new pick.
  const resetRef = useRef<() => void>(null);
  const over = (event: DragEvent) => {
    event.preventDefault();
    if (!busy) setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  return (
    <Paper
      withBorder
      p="lg"
      role="group"
      aria-label={t('dialog.dropZone')}
      onDragOver={over}
      onDragEnter={over}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: dragging ? 'var(--mantine-color-brand-6)' : undefined,
        background: dragging ? 'var(--mantine-color-brand-0)' : undefined,
      }}
    >
      <Stack align="center" gap={6} ta="center">
        <TableIcon size={32} color="var(--mantine-color-brand-7)" />
        <Text fw={600}>{dragging ? t('dialog.dropActive') : t('dialog.drop')}</Text>
        <Text size="sm" c="dimmed">
          {t('dialog.or')}
        </Text>
        <FileButton
          resetRef={resetRef}
          onChange={(file) => {
            resetRef.current?.();
            if (file) onFile(file);
          }}
          accept={ACCEPTED_FILES}
          disabled={busy}
        >
          {(props) => (
            <Button {...props} loading={busy} leftSection={<UploadIcon size={16} />}>
              {label ?? t('dialog.choose')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('dialog.limits', { megabytes: MAX_UPLOAD_MEGABYTES, rows: format.number(MAX_ROWS) })}
        </Text>
      </Stack>
    </Paper>
  );
}
